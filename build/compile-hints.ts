import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chrome 136 and later): every function of a file that starts with it is compiled eagerly. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the chunks the page loads before its first map (the entry and what
 * it imports statically) for eager compilation. Chromium then compiles
 * them on a background thread while they stream in, instead of compiling
 * each function on the main thread at its first call: on the Dorset link
 * that compiling was about a third of the first load's main-thread script
 * time. Chunks loaded later (the profile, exports, MapLibre) are left
 * lazy: most of their functions are never called on a first visit.
 *
 * Added once the files are named: the hint is the same for every build, so
 * a file's name still changes whenever its code does.
 */
export function compileHints(): Plugin {
  return {
    name: 'pfa-atlas-compile-hints',
    apply: 'build',
    enforce: 'post',
    // After vite's own generateBundle, which puts its map of preloads at the top of the entry.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const firstLoad = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || firstLoad.has(fileName)) return;
          firstLoad.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
        for (const fileName of firstLoad) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
