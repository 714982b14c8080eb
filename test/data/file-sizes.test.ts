import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers';

/** Sizes are deterministic: the committed files and what npm run data makes of them. */
describe('file sizes', () => {
  it('every file tracked by git is under 1 MiB', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
    const sizes = tracked
      .map((file) => path.join(projectRoot, file))
      .filter(existsSync)
      .map((file) => ({ file, bytes: statSync(file).size }));
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter(({ bytes }) => bytes >= 1024 * 1024)).toEqual([]);
  });

  it('every Home Office series the app is served is at most 5 KB gzip', () => {
    const dir = path.join(projectRoot, 'public', 'generated', 'offences');
    const sizes = readdirSync(dir)
      .filter((file) => file !== 'index.json')
      .map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(dir, file))).length }))
      .sort((a, b) => b.gzip - a.gzip);
    console.info(`largest series file: ${sizes[0]?.file}, ${sizes[0]?.gzip} bytes gzip, of ${sizes.length}`);
    expect(sizes.length).toBeGreaterThan(150);
    expect(sizes.filter(({ gzip }) => gzip > 5 * 1024)).toEqual([]);
  });
});
