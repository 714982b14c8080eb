import path from 'node:path';
import { defineConfig } from 'vite';

/** Builds the floor page next to the app, sharing its generated TopoJSON. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: path.resolve(import.meta.dirname, '..', '..', 'public'),
  logLevel: 'warn',
  build: { outDir: path.resolve(import.meta.dirname, '..', 'out', 'floor'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
});
