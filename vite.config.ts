import { defineConfig, type Plugin } from 'vitest/config';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compileHints } from './build/compile-hints.ts';
import { EMBED_PAGE_NAME, embedPageFrom } from './build/embed-page.ts';
import { headersFile, META_POLICY, securityHeaders } from './build/security-headers.ts';

/**
 * The policy in every built page's <meta>, its headers from `npm start`, `vite preview` and `npm run dev`, and dist/_headers
 * (build/security-headers.ts). The dev server puts CSS in <style> elements: they carry a nonce drawn at its start, which its
 * policy names.
 */
function securityPolicy(): Plugin {
  const devStyleNonce = randomBytes(18).toString('base64');
  const sendHeaders = (nonce?: string) => (request: { url?: string }, response: { setHeader(name: string, value: string): unknown }, next: () => void) => {
    for (const [name, value] of Object.entries(securityHeaders(request.url ?? '/', nonce))) response.setHeader(name, value);
    next();
  };
  return {
    name: 'pfa-atlas-security-policy',
    config: (_config, { command }) => (command === 'serve' ? { html: { cspNonce: devStyleNonce } } : undefined),
    configureServer(server) {
      server.middlewares.use(sendHeaders(devStyleNonce));
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.server ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' }],
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendHeaders());
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

/** embed.html, made from index.html (build/embed-page.ts): emitted beside it, and served by the dev server. */
function embedPage(): Plugin {
  return {
    name: 'pfa-atlas-embed-page',
    enforce: 'post',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (new URL(request.url ?? '/', 'http://localhost').pathname !== `/${EMBED_PAGE_NAME}`) return next();
        const html = await server.transformIndexHtml(request.url ?? '/', embedPageFrom(readFileSync('index.html', 'utf8')));
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(html);
      });
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('embed.html: the build made no index.html to make it from');
      this.emitFile({ type: 'asset', fileName: EMBED_PAGE_NAME, source: embedPageFrom(String(index.source)) });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built app works from any folder it is served from.
  base: './',
  plugins: [securityPolicy(), embedPage(), compileHints()],
  build: {
    target: 'es2022',
    // One page, one entry (embed.html is made from it): its chunk keeps the name the byte budgets look for.
    rollupOptions: { input: { main: 'index.html' } },
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
