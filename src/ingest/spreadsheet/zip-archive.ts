import { importWords } from '../../i18n/import-words';

/**
 * Reading a workbook's zip container (.ods and .xlsx are both zips) without
 * unpacking it: the central directory lists each entry with its sizes, and
 * an entry is inflated in chunks, handed on as it comes, so that a 270 MB
 * content.xml never sits in memory whole. Every way a zip can be broken or
 * hostile ends in a WorkbookProblem whose message says what and what to do.
 */

/** A problem with the whole file, said to the reader as it is. */
export class WorkbookProblem extends Error {
  override readonly name = 'WorkbookProblem';
}

/**
 * The most a workbook may unpack to, all entries together: the Home Office
 * release of every year (about 8 MB zipped) unpacks to about 270 MB, and a
 * zip bomb of a gigabyte is refused before a byte of it is inflated.
 */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As the directory declares it; inflating checks it. */
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;
/** Compressed bytes handed to the inflater at once: small enough to report progress often. */
const CHUNK = 256 * 1024;

export const corrupt = (detail: string) => new WorkbookProblem(importWords().workbook.damaged(detail));

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} MB`;
}

function zipBombMessage(bytes: number, limit: number): string {
  return importWords().workbook.zipBomb(megabytes(bytes), megabytes(limit));
}

/** The entries of a zip, from its central directory; refuses a damaged directory and one that unpacks to more than maxUnpacked. */
export function readZipDirectory(bytes: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt(importWords().workbook.noDirectory);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new WorkbookProblem(zipBombMessage(4 * 1024 * 1024 * 1024, maxUnpacked));
  if (directoryOffset + directorySize > end) throw corrupt(importWords().workbook.directoryOutside);

  const entries: ZipEntry[] = [];
  let unpacked = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw corrupt(importWords().workbook.entryUnreadable(i + 1));
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    // 0xFFFFFFFF means the size is in a ZIP64 field: over 4 GB, which no table needs.
    unpacked += entry.size === 0xffffffff ? Number.POSITIVE_INFINITY : entry.size;
    if (unpacked > maxUnpacked) throw new WorkbookProblem(zipBombMessage(Number.isFinite(unpacked) ? unpacked : 4 * 1024 * 1024 * 1024, maxUnpacked));
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw corrupt(importWords().workbook.partMisplaced(entry.name));
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(importWords().workbook.partCut(entry.name));
  return bytes.subarray(start, start + entry.compressedSize);
}

export interface InflateOptions {
  /** The most this entry may unpack to, whatever its directory says: a directory can lie. */
  maxBytes?: number;
  /** Called after each chunk with the share of the entry's compressed bytes read, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Inflates an entry chunk by chunk, handing each piece on as it comes.
 * Checks that the entry is not encrypted, inflates cleanly, and unpacks to
 * the size its directory declares and to no more than maxBytes.
 */
export async function streamEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, options: InflateOptions = {}): Promise<void> {
  const maxBytes = Math.min(options.maxBytes ?? MAX_UNPACKED_BYTES, MAX_UNPACKED_BYTES);
  if (entry.encrypted) throw encryptedProblem();
  const data = entryData(bytes, entry);
  let unpacked = 0;
  const take = (chunk: Uint8Array) => {
    unpacked += chunk.length;
    if (unpacked > maxBytes) throw new WorkbookProblem(zipBombMessage(maxBytes, maxBytes));
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) {
      take(data.subarray(at, Math.min(data.length, at + CHUNK)));
      options.onProgress?.(Math.min(1, (at + CHUNK) / data.length));
    }
  } else if (entry.method === 8) {
    // The browser's own inflater (DecompressionStream, zlib in native code) takes the compressed bytes a chunk at a time, so that progress moves as they go in.
    let at = 0;
    const compressed = new ReadableStream<BufferSource>({
      pull(controller) {
        if (at >= data.length) return controller.close();
        controller.enqueue(data.slice(at, at + CHUNK));
        at += CHUNK;
        options.onProgress?.(Math.min(1, at / data.length));
      },
    });
    const reader = compressed.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) take(chunk.value);
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      if (error instanceof WorkbookProblem) throw error;
      throw corrupt(importWords().workbook.partUnpack(entry.name, error instanceof Error ? error.message : String(error)));
    }
  } else {
    throw new WorkbookProblem(importWords().workbook.partMethod(entry.name, entry.method));
  }
  if (unpacked !== entry.size) throw corrupt(importWords().workbook.partSize(entry.name, unpacked.toLocaleString('en-GB'), entry.size.toLocaleString('en-GB')));
}

/** A small entry (a manifest, a list of sheets) as text. */
export async function entryText(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  await streamEntry(bytes, entry, (chunk) => chunks.push(chunk), { maxBytes });
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder('utf-8').decode(whole);
}

export function encryptedProblem(): WorkbookProblem {
  return new WorkbookProblem(importWords().workbook.encrypted);
}
