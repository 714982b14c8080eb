import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function` unless told not to, and
 * merely probing for it is a Content-Security-Policy violation under
 * script-src 'self'. The app runs without eval, so zod is told up front.
 * Imported first by every entry point (page and import worker).
 */
config({ jitless: true });
