import * as z from 'zod/mini';
import { forceCodeSchema } from '../forces/force-table';
import { importWords } from '../i18n/import-words';

/**
 * The largest input importTable reads: 64 MiB, counted in bytes for a file
 * and in characters for text (UTF-8 never has more characters than bytes, so
 * a file under the limit gives text under it). The Home Office table is
 * about 32 MB.
 */
export const MAX_IMPORT_SIZE = 64 * 1024 * 1024;

/** The message for input over MAX_IMPORT_SIZE; size in bytes or characters. */
export function tooLargeMessage(size: number): string {
  return importWords().file.tooLarge((size / 1024 / 1024).toFixed(1), MAX_IMPORT_SIZE / 1024 / 1024);
}

/** Sheet names are at most 31 characters in Excel; OpenDocument sets no limit, this is ample. */
export const MAX_SHEET_NAME = 500;

/** Names mapped by hand in one import: far more than anyone maps, few enough to check at once. */
const MAX_MAPPED_NAMES = 10_000;

/** What the user chose about an import. Plain data, so that it can be posted to the import worker. */
export const importOptionsSchema = z.object({
  /** "auto" picks whichever of comma, semicolon and tab splits the header into most columns. */
  delimiter: z._default(z.enum(['auto', ',', ';', '\t']), 'auto'),
  /** Home Office table only: the offences to sum, by code and/or by group. None chosen: nothing is summed. */
  offences: z._default(
    z.object({
      codes: z._default(z.array(z.string()), []),
      groups: z._default(z.array(z.string()), []),
    }),
    { codes: [], groups: [] },
  ),
  /**
   * Names the user mapped by hand, as they appear in the file, each with an
   * ONS code: pairs rather than an object, so that any name, "__proto__"
   * included, is only a name.
   */
  nameMapping: z._default(z.array(z.tuple([z.string(), forceCodeSchema])).check(z.maxLength(MAX_MAPPED_NAMES)), []),
  title: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  /** What one unit is, e.g. "offences". */
  unit: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  /** The file's name, to say where the figures came from. */
  fileName: z.optional(z.string().check(z.maxLength(500))),
  /** A workbook's sheet to read, by name, as the reader picked it; by default the first sheet holding a table (and the sheets after it with its header). */
  sheet: z.optional(z.string().check(z.maxLength(MAX_SHEET_NAME))),
});

/** Options as a caller writes them: every field may be left out. */
export type ImportOptions = z.input<typeof importOptionsSchema>;
export type ResolvedImportOptions = z.output<typeof importOptionsSchema>;
