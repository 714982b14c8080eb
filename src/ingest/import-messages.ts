import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/language';
import { importOptionsSchema } from './import-options';
import { importResultSchema } from './import-result';

/**
 * The messages between the page and the import worker. Both sides parse
 * what they receive with these schemas: a message is data from another
 * thread, and a wrong one should say so rather than half-work.
 */

/** A File or other Blob; checked by kind, since structured cloning keeps it one. */
const blobSchema = z.custom<Blob>((value) => typeof Blob !== 'undefined' && value instanceof Blob, 'a File or Blob');
const arrayBufferSchema = z.custom<ArrayBuffer>((value) => value instanceof ArrayBuffer, 'an ArrayBuffer');

const requestFields = {
  /** Chosen by the page; every answer carries it, so answers to an abandoned import can be told apart. */
  id: z.int(),
  /** The file as text, as bytes, or as the File itself (read in the worker, off the page's thread). */
  input: z.union([z.string(), arrayBufferSchema, blobSchema]),
  options: z.prefault(importOptionsSchema, {}),
  /** The page's language, in which the worker makes its messages (rejected rows, warnings, a file refused); of language.ts only this list reaches the worker. */
  language: z._default(z.enum(LANGUAGES), 'en'),
};

/** Import a file: the worker answers with progress, then a result or an error. */
const importRequestSchema = z.object({ type: z.literal('import'), ...requestFields });
/** Import a file again, for the full list of its rejected rows as CSV: progress, then the CSV or an error. */
const errorsCsvRequestSchema = z.object({ type: z.literal('errors-csv'), ...requestFields });
export const workerRequestSchema = z.discriminatedUnion('type', [importRequestSchema, errorsCsvRequestSchema]);
export type WorkerRequest = z.input<typeof workerRequestSchema>;

/** Also posted, at 0, as soon as the worker takes a request: the page then knows the worker runs. */
const importProgressSchema = z.object({
  type: z.literal('progress'),
  id: z.int(),
  fraction: z.number().check(z.gte(0), z.lte(1)),
  /** A workbook's sheet being read. */
  sheet: z.optional(z.string().check(z.maxLength(500))),
});

const importResultMessageSchema = z.object({
  type: z.literal('result'),
  id: z.int(),
  result: importResultSchema,
});

const errorsCsvMessageSchema = z.object({
  type: z.literal('errors-csv'),
  id: z.int(),
  csv: blobSchema,
  /** Rejected rows in the CSV (its lines after the header). */
  rows: z.int().check(z.nonnegative()),
});

const importErrorSchema = z.object({
  type: z.literal('error'),
  /** null when the request was too broken to carry an id. */
  id: z.nullable(z.int()),
  message: z.string(),
});

export const importResponseSchema = z.discriminatedUnion('type', [importProgressSchema, importResultMessageSchema, errorsCsvMessageSchema, importErrorSchema]);
export type ImportResponse = z.output<typeof importResponseSchema>;
