/**
 * The policy the app runs under: scripts, styles, workers and data from its
 * own origin only, no eval, no inline styles or scripts, no requests
 * elsewhere. It is sent as an HTTP header by `npm start` and `vite
 * preview` (and written to dist/_headers for static hosts that read that
 * file), and also set by a <meta> tag in the built pages for hosts that
 * send no headers; frame-ancestors can only travel in the header. The page
 * may not be framed; its chromeless twin, embed.html, is made to be.
 * `npm run dev` sends the same headers, but that its style-src also lets in
 * the <style> elements the dev server puts its CSS in, by a nonce (Vite's
 * html.cspNonce) drawn when the server starts.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy as a <meta> tag can carry it (no frame-ancestors). */
export const META_POLICY = DIRECTIVES.join('; ');

const EMBED_PAGE = '/embed.html';

/** The headers for a page of the app, by its path; devStyleNonce: the dev server's nonce for its own <style> elements. */
export function securityHeaders(path: string, devStyleNonce?: string): Record<string, string> {
  const embeddable = path === EMBED_PAGE || path.startsWith(`${EMBED_PAGE}?`);
  const directives = devStyleNonce === undefined ? DIRECTIVES : DIRECTIVES.map((directive) => (directive.startsWith('style-src ') ? `${directive} 'nonce-${devStyleNonce}'` : directive));
  return {
    'Content-Security-Policy': [...directives, `frame-ancestors ${embeddable ? '*' : "'none'"}`].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(embeddable ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/** dist/_headers, the format Netlify and Cloudflare Pages read: the same headers per path. */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [block('/', securityHeaders('/')), block('/index.html', securityHeaders('/index.html')), block(EMBED_PAGE, securityHeaders(EMBED_PAGE))].join('\n\n') + '\n';
}
