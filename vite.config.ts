import { defineConfig, type Plugin } from 'vitest/config';
import { headersFile, META_POLICY, securityHeaders } from './build/security-headers';

/** The policy in every built page's <meta>, its headers from `npm start` and `vite preview`, and dist/_headers (build/security-headers.ts). */
function securityPolicy(): Plugin {
  return {
    name: 'pfa-atlas-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => (context.server ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' }]),
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeaders(request.url ?? '/'))) response.setHeader(name, value);
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built app works from any folder it is served from.
  base: './',
  plugins: [securityPolicy()],
  build: {
    target: 'es2022',
    // The atlas, and its chromeless twin for embedding in other pages.
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores, software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
