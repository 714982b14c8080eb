import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built app (dist/) on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  if (!existsSync(path.join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: the browser tests drive the built app. Run `npm run build` first (npm test does).');
  }
  server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
