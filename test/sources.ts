import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { missingSources, missingSourcesMessage, sharedDir } from '../data/sources';
import { projectRoot } from './helpers';

/** An older vintage of the Home Office table (2017/18 only, published 2019), which only tests read. */
export const VINTAGE_2017_18 = path.join(sharedDir, 'data', 'home-office-prc-pfa-2017-18.csv');

/**
 * Tests that read the raw sources (../shared, or PFA_SHARED_DIR). A clone
 * with nothing beside it skips them and says so in their names; with
 * PFA_REQUIRE_SOURCES=1, as CI runs the suite, a missing source fails
 * them instead, naming the path.
 */
export function withSources(...files: string[]) {
  const missing = missingSources(files);
  const skip = missing.length > 0 && process.env.PFA_REQUIRE_SOURCES !== '1';
  const shown = !existsSync(sharedDir) && missing.every((file) => file.startsWith(sharedDir)) ? [sharedDir] : missing;
  const named = (name: string) => (skip ? `${name} (skipped: ${shown.map((file) => path.relative(projectRoot, file)).join(', ')} not found)` : name);
  const requireSources = () => {
    if (missing.length > 0) throw new Error(`PFA_REQUIRE_SOURCES=1 requires the raw sources: ${missingSourcesMessage(missing)}`);
  };
  return {
    /** A suite whose hooks may read the sources; when they are required and missing, one failing test stands for it. */
    describe(name: string, body: () => void): void {
      if (missing.length > 0 && !skip) it(name, requireSources);
      else describe.skipIf(skip)(named(name), body);
    },
    it(name: string, test: () => unknown, timeout?: number): void {
      it.skipIf(skip)(
        named(name),
        async () => {
          requireSources();
          await test();
        },
        timeout,
      );
    },
  };
}
