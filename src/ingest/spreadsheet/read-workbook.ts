import { importWords } from '../../i18n/import-words';
import { isOds, readOds } from './ods-reader';
import { createWorkbookTable, type WorkbookTable } from './workbook-table';
import { readXlsx } from './xlsx-reader';
import { encryptedProblem, readZipDirectory, WorkbookProblem } from './zip-archive';

/**
 * A workbook's bytes to one table of rows: .ods streamed, .xlsx through
 * SheetJS, an encrypted or old binary workbook refused with what to do.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: an old .xls, or an .xlsx or .ods encrypted with a password (the zip inside is then ciphertext). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Whether the bytes are a workbook container (a zip or a Compound File) rather than text. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC) || startsWith(bytes, CFB_MAGIC);
}

export interface WorkbookReadOptions {
  /** Says why a row is not a header the import reads; undefined when it is one. */
  headerProblem: (fields: readonly string[]) => string | undefined;
  /** Only this sheet, by name. */
  sheet?: string;
  /** How far reading has got (0 to 1, by the bytes of the sheets' content) and the sheet being read. */
  onProgress?: (fraction: number, sheet: string | undefined) => void;
  /** The most the workbook may unpack to (a lower limit than the app's, for tests). */
  maxUnpackedBytes?: number;
}

export async function readWorkbook(bytes: Uint8Array, options: WorkbookReadOptions): Promise<WorkbookTable> {
  if (startsWith(bytes, CFB_MAGIC)) {
    // Office writes a password-protected workbook as a Compound File holding an "EncryptedPackage" stream (UTF-16 names).
    if (includesUtf16(bytes, 'EncryptedPackage')) throw encryptedProblem();
    throw new WorkbookProblem(importWords().workbook.xls);
  }
  const entries = readZipDirectory(bytes, options.maxUnpackedBytes);
  const table = createWorkbookTable(options.headerProblem, options.sheet);
  let sheet: string | undefined;
  let done = 0;
  const onProgress = options.onProgress && ((fraction: number) => options.onProgress!((done = fraction), sheet));
  const sink = {
    ...table,
    // Each sheet is said as it starts, however many fit in one chunk.
    startSheet(name: string) {
      sheet = name;
      onProgress?.(done);
      table.startSheet(name);
    },
  };
  if (await isOds(entries, bytes)) await readOds(bytes, entries, sink, onProgress, options.maxUnpackedBytes);
  else if (entries.some((entry) => entry.name === 'xl/workbook.xml')) await readXlsx(bytes, entries, sink, onProgress, options.maxUnpackedBytes);
  else if (entries.some((entry) => entry.name === 'EncryptionInfo')) throw encryptedProblem();
  else {
    throw new WorkbookProblem(importWords().workbook.notSpreadsheet);
  }
  return table.table();
}

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let at = 0; at + needle.length <= bytes.length; at++) {
    for (let i = 0; i < needle.length; i++) if (bytes[at + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}
