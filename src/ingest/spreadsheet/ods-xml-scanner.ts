import { importWords } from '../../i18n/import-words';
import { corrupt } from './zip-archive';

/**
 * content.xml of an .ods read as bytes, as they are inflated: the few
 * tags and attributes a table is made of are told apart by their bytes, and
 * only the text a caller asks for is decoded. A general XML parser decodes
 * all 290 MB of the Home Office release to text and builds a name and an
 * attribute object for each of its millions of tags; this decodes a few
 * strings a row.
 *
 * Names are matched as written, prefix included ("table:table-cell"), as
 * every spreadsheet program writes them. The structure is checked (every tag
 * closed by its own name, quoted attributes, known entities in the text
 * read), so that a damaged part is refused rather than half read; what a
 * table never uses (a DTD, text outside the cells) is passed over unread.
 */

/** The tags a table is made of; any other tag is OTHER. */
export const OdsTag = {
  OTHER: 0,
  TABLE: 1,
  ROW: 2,
  CELL: 3,
  COVERED_CELL: 4,
  ANNOTATION: 5,
  PARAGRAPH: 6,
  HEADING: 7,
  SPACE: 8,
  TAB: 9,
  LINE_BREAK: 10,
} as const;
export type OdsTag = (typeof OdsTag)[keyof typeof OdsTag];

/** The attributes read, by index. */
export const OdsAttribute = {
  NAME: 0,
  ROWS_REPEATED: 1,
  COLUMNS_REPEATED: 2,
  COLUMNS_SPANNED: 3,
  VALUE_TYPE: 4,
  VALUE: 5,
  BOOLEAN_VALUE: 6,
  DATE_VALUE: 7,
  SPACES: 8,
} as const;
export type OdsAttribute = (typeof OdsAttribute)[keyof typeof OdsAttribute];

/** The attributes of the tag being opened: only those its tag has are found. */
interface OdsAttributes {
  /** The value, entities resolved; undefined when the tag does not have it. */
  text(attribute: OdsAttribute): string | undefined;
  /** A repeat count: a whole number of at least 1, or 1 when missing or not one. */
  count(attribute: OdsAttribute): number;
}

export interface OdsXmlHandler {
  open(tag: OdsTag, attributes: OdsAttributes): void;
  close(tag: OdsTag): void;
  /** Text inside the element open now (and CDATA), entities resolved; only called while wantsText() says so. */
  text(text: string): void;
  wantsText(): boolean;
}

const bytesOf = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Tags by name, and which attributes to look for on each. */
const TAGS: { name: Uint8Array; tag: OdsTag; attributes: OdsAttribute[] }[] = [
  { name: bytesOf('table:table'), tag: OdsTag.TABLE, attributes: [OdsAttribute.NAME] },
  { name: bytesOf('table:table-row'), tag: OdsTag.ROW, attributes: [OdsAttribute.ROWS_REPEATED] },
  ...(['table:table-cell', 'table:covered-table-cell'] as const).map((name) => ({
    name: bytesOf(name),
    tag: name === 'table:table-cell' ? OdsTag.CELL : OdsTag.COVERED_CELL,
    attributes: [
      OdsAttribute.COLUMNS_REPEATED,
      OdsAttribute.COLUMNS_SPANNED,
      OdsAttribute.VALUE_TYPE,
      OdsAttribute.VALUE,
      OdsAttribute.BOOLEAN_VALUE,
      OdsAttribute.DATE_VALUE,
    ],
  })),
  { name: bytesOf('office:annotation'), tag: OdsTag.ANNOTATION, attributes: [] },
  { name: bytesOf('text:p'), tag: OdsTag.PARAGRAPH, attributes: [] },
  { name: bytesOf('text:h'), tag: OdsTag.HEADING, attributes: [] },
  { name: bytesOf('text:s'), tag: OdsTag.SPACE, attributes: [OdsAttribute.SPACES] },
  { name: bytesOf('text:tab'), tag: OdsTag.TAB, attributes: [] },
  { name: bytesOf('text:line-break'), tag: OdsTag.LINE_BREAK, attributes: [] },
];

const ATTRIBUTE_NAMES: Uint8Array[] = [
  'table:name',
  'table:number-rows-repeated',
  'table:number-columns-repeated',
  'table:number-columns-spanned',
  'office:value-type',
  'office:value',
  'office:boolean-value',
  'office:date-value',
  'text:c',
].map(bytesOf);
const ATTRIBUTE_COUNT = ATTRIBUTE_NAMES.length;

/** The hash a name is looked up by (djb2 with xor); a match is then checked byte by byte. */
function hashOf(name: Uint8Array): number {
  let hash = 5381;
  for (const byte of name) hash = Math.imul(hash, 33) ^ byte;
  return hash;
}
interface Known<T> {
  hash: number;
  name: Uint8Array;
  value: T;
}

/** Names by their length, then by hash: a name's length rules out all but one or two (a Map costs more a lookup). */
function byLength<T>(entries: { name: Uint8Array; value: T }[]): Known<T>[][] {
  const table: Known<T>[][] = [];
  for (const { name, value } of entries) (table[name.length] ??= []).push({ hash: hashOf(name), name, value });
  return table;
}
const TAGS_BY_LENGTH = byLength(
  TAGS.map((entry) => ({
    name: entry.name,
    value: { tag: entry.tag, mask: entry.attributes.reduce<number>((mask, attribute) => mask | (1 << attribute), 0) },
  })),
);
const ATTRIBUTES_BY_LENGTH = byLength(ATTRIBUTE_NAMES.map((name, index) => ({ name, value: index })));

/** The entry for the name of that hash and length starting at start, checked byte by byte; undefined for any other name. */
function lookUp<T>(table: Known<T>[][], bytes: Uint8Array, start: number, length: number, hash: number): T | undefined {
  const candidates = table[length];
  if (candidates === undefined) return undefined;
  for (const entry of candidates) if (entry.hash === hash && sameBytes(bytes, start, entry.name)) return entry.value;
  return undefined;
}

const PARAGRAPH_START = bytesOf('<text:p>');
const PARAGRAPH_AND_CELL_END = bytesOf('</text:p></table:table-cell>');

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const AMPERSAND = 0x26;
const CR = 0x0d;
const DASH = 0x2d;
const BRACKET_CLOSE = 0x5d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === CR;
/** Where a name ends: at a space, "/", ">" or "=". */
const endsName = (byte: number) => byte <= 0x20 || byte === SLASH || byte === GT || byte === EQUALS;

const utf8 = new TextDecoder('utf-8');
/**
 * Runs up to this long are looked up in the scanner's cache of strings:
 * most cells repeat a force's name, an offence's, a year or a small count,
 * and a quarter of a million rows then hold a few thousand strings.
 */
const CACHED_RUN = 120;
const CACHE_SLOTS = 1 << 14;

/**
 * Bytes as text when they are plain ASCII with no entity, no "<" and no
 * control character, undefined otherwise. Short runs come from a cache of
 * strings by hash (one string a slot, checked character by character), so
 * that a repeated value is neither decoded nor allocated again.
 */
function createAsciiReader(): (bytes: Uint8Array, start: number, end: number) => string | undefined {
  const cache: (string | undefined)[] = new Array<string | undefined>(CACHE_SLOTS);
  return (bytes, start, end) => {
    let hash = 5381;
    for (let at = start; at < end; at++) {
      const byte = bytes[at]!;
      if (byte >= 0x80 || byte < 0x20 || byte === AMPERSAND || byte === LT) return undefined;
      hash = Math.imul(hash, 33) ^ byte;
    }
    const length = end - start;
    if (length > CACHED_RUN) return utf8.decode(bytes.subarray(start, end));
    const slot = hash & (CACHE_SLOTS - 1);
    const cached = cache[slot];
    if (cached !== undefined && cached.length === length) {
      let same = true;
      for (let i = 0; same && i < length; i++) same = cached.charCodeAt(i) === bytes[start + i];
      if (same) return cached;
    }
    const text = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
    cache[slot] = text;
    return text;
  };
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character XML 1.0 allows (its Char production). */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** The text with its entity and character references replaced; fail says what is wrong with one. */
function resolveEntities(text: string, fail: (detail: string) => never): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semicolon = text.indexOf(';', amp + 1);
    const name = semicolon < 0 ? text.slice(amp + 1, amp + 12) : text.slice(amp + 1, semicolon);
    let value = PREDEFINED[name];
    if (value === undefined && semicolon >= 0) {
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : -1;
      if (isXmlChar(code)) value = String.fromCodePoint(code);
    }
    if (value === undefined || semicolon < 0) fail(importWords().workbook.xml.unknownEntity(`&${name}${semicolon < 0 ? '' : ';'}`));
    out += text.slice(from, amp) + value;
    from = semicolon + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

export interface OdsXmlScanner {
  /** The next inflated bytes of content.xml. */
  push(bytes: Uint8Array): void;
  /** The end of content.xml: refuses a part that stops inside a tag or before its root element is closed. */
  end(): void;
}

export function createOdsXmlScanner(handler: OdsXmlHandler): OdsXmlScanner {
  /** Bytes of a tag, or of text being read, that the last chunk ended inside. */
  let carry: Uint8Array | undefined;
  /** Where the current chunk starts in content.xml, for messages. */
  let offset = 0;
  /** Open elements, each by its name's hash and length and its tag (three numbers each). */
  const open: number[] = [];
  /** Numbers in use in open (it is not shortened as elements close: setting an array's length costs more than the rest of a tag). */
  let depth = 0;
  let rootSeen = false;

  // The current chunk and the attributes found on the tag being read.
  let buffer: Uint8Array = new Uint8Array(0);
  const valueStart = new Int32Array(ATTRIBUTE_COUNT).fill(-1);
  const valueEnd = new Int32Array(ATTRIBUTE_COUNT);
  const plainAscii = createAsciiReader();

  const fail = (detail: string, at?: number): never => {
    throw corrupt(importWords().workbook.notXml(detail, at === undefined ? undefined : (offset + at).toLocaleString('en-GB')));
  };

  /** Text, CRs normalised to line feeds as XML reads them, entities resolved when asked. */
  const decode = (start: number, end: number, entities: boolean, at: number): string => {
    const plain = plainAscii(buffer, start, end);
    if (plain !== undefined) return plain;
    let text = utf8.decode(buffer.subarray(start, end));
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    return entities ? resolveEntities(text, (detail) => fail(detail, at)) : text;
  };

  const attributes: OdsAttributes = {
    text(attribute) {
      const start = valueStart[attribute]!;
      if (start < 0) return undefined;
      const end = valueEnd[attribute]!;
      const plain = plainAscii(buffer, start, end);
      if (plain !== undefined) return plain;
      const raw = utf8.decode(buffer.subarray(start, end));
      if (raw.includes('<')) fail(importWords().workbook.xml.ltInAttribute, start);
      // Attribute values read line ends, tabs and line feeds as spaces.
      return resolveEntities(raw.replace(/\r\n|[\r\n\t]/g, ' '), (detail) => fail(detail, start));
    },
    count(attribute) {
      const start = valueStart[attribute]!;
      if (start < 0) return 1;
      const end = valueEnd[attribute]!;
      let value = 0;
      let at = start;
      for (; at < end && at - start < 15; at++) {
        const digit = buffer[at]! - 0x30;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
      }
      // Anything but plain digits is read as a number would be ("1e3", " 3 ").
      if (at < end || at === start) value = Number(attributes.text(attribute));
      return Number.isInteger(value) && value >= 1 ? value : 1;
    },
  };

  /** Reads an opening tag from "<" at start; returns where it ends, or -1 when the chunk ends first. */
  const openTag = (start: number): number => {
    const bytes = buffer;
    const length = bytes.length;
    let at = start + 1;
    let hash = 5381;
    for (; at < length; at++) {
      const byte = bytes[at]!;
      if (byte <= 0x20 || byte === SLASH || byte === GT || byte === EQUALS) break;
      hash = Math.imul(hash, 33) ^ byte;
    }
    if (at >= length) return -1;
    const nameLength = at - start - 1;
    if (nameLength === 0) fail(importWords().workbook.xml.ltStartsNothing, start);
    const entry = lookUp(TAGS_BY_LENGTH, bytes, start + 1, nameLength, hash);
    if (entry) for (let i = 0; i < ATTRIBUTE_COUNT; i++) valueStart[i] = -1;
    // Attributes, up to ">" or "/>".
    for (;;) {
      while (at < length && isSpace(bytes[at]!)) at++;
      if (at >= length) return -1;
      const byte = bytes[at]!;
      if (byte === GT || byte === SLASH) break;
      const nameStart = at;
      let attributeHash = 5381;
      for (; at < length; at++) {
        const byte = bytes[at]!;
        if (byte <= 0x20 || byte === SLASH || byte === GT || byte === EQUALS) break;
        attributeHash = Math.imul(attributeHash, 33) ^ byte;
      }
      const nameEnd = at;
      while (at < length && isSpace(bytes[at]!)) at++;
      if (at >= length) return -1;
      if (bytes[at] !== EQUALS || at === nameStart) fail(importWords().workbook.xml.attributeWithoutValue, at);
      at++;
      while (at < length && isSpace(bytes[at]!)) at++;
      if (at >= length) return -1;
      const quote = bytes[at]!;
      if (quote !== QUOTE && quote !== APOSTROPHE) fail(importWords().workbook.xml.attributeWithoutQuotes, at);
      const close = bytes.indexOf(quote, at + 1);
      if (close < 0) return -1;
      if (entry) {
        const attribute = lookUp(ATTRIBUTES_BY_LENGTH, bytes, nameStart, nameEnd - nameStart, attributeHash);
        if (attribute !== undefined && (entry.mask & (1 << attribute)) !== 0) {
          valueStart[attribute] = at + 1;
          valueEnd[attribute] = close;
        }
      }
      at = close + 1;
    }
    const selfClosing = bytes[at] === SLASH;
    if (selfClosing) {
      if (at + 1 >= length) return -1;
      if (bytes[at + 1] !== GT) fail(importWords().workbook.xml.slashInTag, at);
    }
    if (depth === 0 && rootSeen) fail(importWords().workbook.xml.secondRoot, start);
    rootSeen = true;
    const tag = entry ? entry.tag : OdsTag.OTHER;
    handler.open(tag, attributes);
    if (selfClosing) handler.close(tag);
    else if (tag === OdsTag.CELL) {
      const end = plainCell(at + 1);
      if (end >= 0) return end;
    }
    if (!selfClosing) {
      open[depth++] = hash;
      open[depth++] = nameLength;
      open[depth++] = tag;
    }
    return selfClosing ? at + 2 : at + 1;
  };

  /**
   * The content of a cell, from start, when it is one paragraph of text and
   * nothing else ("<text:p>…</text:p></table:table-cell>", as nearly every
   * cell of a table is written), handed on as its tags would be without
   * reading them one by one; returns where the cell ends, or -1 for any
   * other content, or when the chunk ends first, which is then read tag by tag.
   */
  const plainCell = (start: number): number => {
    const bytes = buffer;
    if (!sameBytes(bytes, start, PARAGRAPH_START)) return -1;
    const textStart = start + PARAGRAPH_START.length;
    const textEnd = bytes.indexOf(LT, textStart);
    if (textEnd < 0 || !sameBytes(bytes, textEnd, PARAGRAPH_AND_CELL_END)) return -1;
    for (let i = 0; i < ATTRIBUTE_COUNT; i++) valueStart[i] = -1;
    handler.open(OdsTag.PARAGRAPH, attributes);
    if (textEnd > textStart && handler.wantsText()) handler.text(decode(textStart, textEnd, true, textStart));
    handler.close(OdsTag.PARAGRAPH);
    handler.close(OdsTag.CELL);
    return textEnd + PARAGRAPH_AND_CELL_END.length;
  };

  /** Reads a closing tag from "</" at start; returns where it ends, or -1 when the chunk ends first. */
  const closeTag = (start: number): number => {
    const bytes = buffer;
    const end = bytes.indexOf(GT, start + 2);
    if (end < 0) return -1;
    let at = start + 2;
    let hash = 5381;
    while (at < end && !endsName(bytes[at]!)) hash = Math.imul(hash, 33) ^ bytes[at++]!;
    const nameLength = at - start - 2;
    while (at < end && isSpace(bytes[at]!)) at++;
    if (at !== end || nameLength === 0) fail(importWords().workbook.xml.badClosingTag, start);
    if (depth === 0 || open[depth - 3] !== hash || open[depth - 2] !== nameLength) {
      fail(depth === 0 ? importWords().workbook.xml.closingNothing : importWords().workbook.xml.closingOther, start);
    }
    const tag = open[depth - 1] as OdsTag;
    depth -= 3;
    handler.close(tag);
    return end + 1;
  };

  /** Where the bytes from start on hold terminator (">" preceded by its leading bytes) first, after from; -1 when not in this chunk. */
  const findEnd = (from: number, lead: number, leadCount: number): number => {
    for (let at = buffer.indexOf(GT, from); at >= 0; at = buffer.indexOf(GT, at + 1)) {
      let ok = at - leadCount >= from;
      for (let i = 1; ok && i <= leadCount; i++) ok = buffer[at - i] === lead;
      if (ok) return at + 1;
    }
    return -1;
  };

  /** Reads "<!" and "<?" markup from start: comments, CDATA, the XML declaration and a DOCTYPE; returns where it ends, or -1. */
  const otherMarkup = (start: number): number => {
    const bytes = buffer;
    if (bytes[start + 1] === QUESTION) return findEnd(start + 2, QUESTION, 1);
    if (startsWithText(bytes, start, '<!--')) return findEnd(start + 4, DASH, 2);
    if (startsWithText(bytes, start, '<![CDATA[')) {
      const end = findEnd(start + 9, BRACKET_CLOSE, 2);
      if (end >= 0 && handler.wantsText()) handler.text(decode(start + 9, end - 3, false, start));
      return end;
    }
    if (startsWithText(bytes, start, '<!DOCTYPE')) {
      // An internal subset in brackets may hold ">"; the DOCTYPE ends at the first ">" after it.
      const gt = bytes.indexOf(GT, start);
      const bracket = bytes.indexOf(0x5b, start);
      if (gt < 0) return -1;
      if (bracket < 0 || bracket > gt) return gt + 1;
      const close = bytes.indexOf(BRACKET_CLOSE, bracket);
      if (close < 0) return -1;
      const end = bytes.indexOf(GT, close);
      return end < 0 ? -1 : end + 1;
    }
    // Too few bytes yet to tell which markup this is.
    if (bytes.length - start < 9) return -1;
    return fail(importWords().workbook.xml.badDeclaration, start);
  };

  /** Text from start to end that the chunk ends inside: the part that is surely whole is handed on, and where the rest starts returned. */
  const partialText = (start: number, end: number): number => {
    let cut = end;
    // Not inside an entity, a CR (which may be followed by its LF) or a character.
    const amp = buffer.lastIndexOf(AMPERSAND, end - 1);
    if (amp >= start && buffer.indexOf(0x3b, amp) < 0) cut = amp;
    if (cut > start && buffer[cut - 1] === CR) cut--;
    cut = completeCharactersEnd(buffer, start, cut);
    if (cut > start) handler.text(decode(start, cut, true, start));
    return cut;
  };

  /** Reads the chunk as far as it can; returns where the part it ends inside starts. */
  const scan = (): number => {
    const bytes = buffer;
    const length = bytes.length;
    let at = 0;
    while (at < length) {
      const lt = bytes.indexOf(LT, at);
      const textEnd = lt < 0 ? length : lt;
      if (textEnd > at && depth > 0 && handler.wantsText()) {
        if (lt < 0) return partialText(at, length);
        handler.text(decode(at, lt, true, at));
      }
      if (lt < 0) return length;
      if (lt + 1 >= length) return lt;
      const next = bytes[lt + 1]!;
      const end = next === SLASH ? closeTag(lt) : next === BANG || next === QUESTION ? otherMarkup(lt) : openTag(lt);
      if (end < 0) return lt;
      at = end;
    }
    return length;
  };

  const scanPiece = (piece: Uint8Array) => {
    buffer = piece;
    const done = scan();
    carry = done < piece.length ? piece.slice(done) : undefined;
    offset += done;
  };

  return {
    push(chunk) {
      let rest = chunk;
      if (carry) {
        // The token the last chunk ended inside ends at the first ">" or before the first "<": only that much is joined to it, not the whole chunk.
        const gt = chunk.indexOf(GT);
        const lt = chunk.indexOf(LT);
        const boundary = gt < 0 ? (lt < 0 ? chunk.length : lt) : lt < 0 ? gt + 1 : Math.min(gt + 1, lt);
        scanPiece(joined(carry, chunk.subarray(0, boundary)));
        rest = chunk.subarray(boundary);
        if (carry && rest.length > 0) {
          rest = joined(carry, rest);
          carry = undefined;
        }
      }
      if (rest.length > 0) scanPiece(rest);
    },
    end() {
      if (carry) fail(importWords().workbook.xml.endsInTag);
      if (!rootSeen) fail(importWords().workbook.xml.noElement);
      if (depth > 0) fail(importWords().workbook.xml.endsOpen);
    },
  };
}

function joined(first: Uint8Array, second: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(first.length + second.length);
  bytes.set(first);
  bytes.set(second, first.length);
  return bytes;
}

function sameBytes(bytes: Uint8Array, start: number, name: Uint8Array): boolean {
  for (let i = 0; i < name.length; i++) if (bytes[start + i] !== name[i]) return false;
  return true;
}

function startsWithText(bytes: Uint8Array, start: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Where the last complete UTF-8 character between start and end ends. */
function completeCharactersEnd(bytes: Uint8Array, start: number, end: number): number {
  for (let back = 1; back <= Math.min(4, end - start); back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? end - back : end;
  }
  return end;
}
