import { config } from 'zod/mini';

/**
 * zod compiles object parsers with `new Function` unless told not to, and
 * merely probing for it is a Content-Security-Policy violation under
 * script-src 'self'. The app runs without eval, so zod is told up front.
 * Imported first by every entry point (page and import worker).
 *
 * The app uses zod/mini, which loads no locale: an issue without a message
 * of its own reads "Invalid input" (prettifyError still gives its path).
 * Messages a reader is meant to act on, such as the link notices, are
 * written out in the schemas.
 */
config({ jitless: true });
