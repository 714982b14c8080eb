import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  /** The path inside the archive, "/"-separated: "pfa-atlas_ho-code-86_count_2020-21_england-and-wales.png". */
  name: string;
  data: Uint8Array;
}

export interface ZipFilesOptions {
  /** The date every entry carries; now when not given. Fixed dates make byte-identical archives (tests, reproducible builds). */
  modified?: Date;
}

/**
 * Formats that are compressed already: deflating them again costs time
 * (a year-by-year ZIP of PNGs is several megabytes) and saves nothing, so
 * they are stored as they are.
 */
const STORED_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'zip', 'gz']);
/** fflate's default, a good balance for text (SVG, CSV) that shrinks well. */
const TEXT_LEVEL = 6;

/**
 * A ZIP archive of the files, in the order given, built synchronously with
 * fflate (fine in a web worker, where blocking does not freeze the page).
 *
 * Names must be relative paths without "." or ".." segments or
 * backslashes, and unique: an archive with "../x" in it can write outside
 * the folder it is unpacked into, and a second entry of the same name
 * would silently replace the first.
 */
export function zipFiles(files: readonly ZipEntry[], options: ZipFilesOptions = {}): Uint8Array {
  const archive: Zippable = {};
  const seen = new Set<string>();
  for (const { name, data } of files) {
    checkName(name);
    if (seen.has(name)) throw new Error(`zipFiles: "${name}" is in the list twice`);
    seen.add(name);
    const level = STORED_EXTENSIONS.has(extensionOf(name)) ? 0 : TEXT_LEVEL;
    archive[name] = [data, { level }];
  }
  return zipSync(archive, options.modified ? { mtime: options.modified } : {});
}

function checkName(name: string): void {
  const segments = name.split('/');
  const unsafe =
    name === '' || name.includes('\\') || name.startsWith('/') || segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (unsafe) throw new Error(`zipFiles: "${name}" is not a safe relative path for an archive entry`);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
