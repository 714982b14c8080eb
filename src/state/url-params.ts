import * as z from 'zod/mini';
import { parseFinancialYear } from '../datasets/financial-year';
import { parseOffenceId } from '../datasets/offence-ids';
import { REGIONS, type ForceTable } from '../forces/force-table';
import {
  BREAK_SCOPES,
  CLASSIFY_METHODS,
  COLOUR_SCALES,
  LANGUAGES,
  DATASET_ID_PATTERN,
  MAX_BREAKS,
  MAX_CLASSES,
  MAX_PINS,
  MEASURES,
  MIN_BREAKS,
  MIN_CLASSES,
  PALETTE_ID_PATTERN,
  READER_TEXT_LIMITS,
  VIEWS,
  type ReaderTextKey,
  type AppState,
} from './app-state';
import { slugify } from '../format/slug';
import type { NoticeReason } from './url-notices';
import { findForce, forceSlug, regionFromSlug, regionSlug } from '../forces/force-slugs';

/** The URL parameters, in the order a canonical URL writes them. */
export const URL_PARAM_KEYS = [
  'dataset',
  'offence',
  'year',
  'measure',
  'base',
  'classify',
  'classes',
  'breaks',
  'scope',
  'palette',
  'scale',
  'region',
  'force',
  'pins',
  'view',
  'title',
  'subtitle',
  'note',
  'credit',
  'lang',
] as const satisfies readonly (keyof AppState)[];
export type UrlParamKey = (typeof URL_PARAM_KEYS)[number];

/** What a valid parameter yields: the state's value, never undefined. */
export type UrlParamValues = { [K in UrlParamKey]: NonNullable<AppState[K]> };

/** What a link can refer to besides its own text. */
export interface UrlStateContext {
  forceTable: ForceTable;
  /** The palettes that exist (from src/scales/palettes.ts). */
  paletteIds: readonly string[];
}

type ParamSchema<K extends UrlParamKey> = z.ZodMiniType<UrlParamValues[K], string>;
type ParamSchemaMakers = { [K in UrlParamKey]: () => ParamSchema<K> };

/** One zod schema per parameter, each built the first time a link carries its parameter. */
export interface ParamSchemas {
  of<K extends UrlParamKey>(key: K): ParamSchema<K>;
}

/** Text from the link, made into a value by `parse`, which calls `fail` when it cannot. */
function fromText<T>(parse: (raw: string, context: z.core.ParsePayload) => T) {
  return z.pipe(z.string(), z.transform(parse));
}

/** Rejects the text from inside fromText's parse, with the notice's reason in the issue's params. */
function fail(context: z.core.ParsePayload, reason: NoticeReason): never {
  context.issues.push({ code: 'custom', message: reason.kind, input: context.value, params: { reason } });
  return z.NEVER;
}

/** The reason a parse failed with: the one its check gave, or "not valid" for a check that gives none. */
export function reasonOfIssues(key: UrlParamKey, issues: readonly z.core.$ZodIssue[]): NoticeReason {
  const first = issues[0];
  return first?.code === 'custom' && first.params?.['reason'] ? (first.params['reason'] as NoticeReason) : { kind: 'not-valid', key };
}

/** Text from the link, trimmed and lower-cased (case and stray spaces do not change what a hand-edited link means), checked by `valid`. */
function normalisedText<T extends string>(valid: (text: string) => text is T, reason: () => NoticeReason) {
  return fromText((raw, context) => {
    const text = raw.trim().toLowerCase();
    return valid(text) ? text : fail(context, reason());
  });
}

function oneOf<const T extends readonly [string, ...string[]]>(key: UrlParamKey, values: T) {
  return normalisedText(
    (text): text is T[number] => (values as readonly string[]).includes(text),
    () => ({ kind: 'one-of', key, values }),
  );
}

function financialYear(key: 'year' | 'base') {
  return fromText((raw, context) => parseFinancialYear(raw) ?? fail(context, { kind: 'financial-year', key }));
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const breaksSchema = fromText((raw, context): readonly number[] => {
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length > MAX_BREAKS) {
    return fail(context, { kind: 'breaks-count', min: MIN_BREAKS, max: MAX_BREAKS, count: parts.length });
  }
  const numbers: number[] = [];
  for (const part of parts) {
    if (part === '') return fail(context, { kind: 'breaks-empty' });
    const number = NUMBER_TEXT.test(part) ? Number(part) : Number.NaN;
    if (!Number.isFinite(number)) return fail(context, { kind: 'breaks-not-number', part });
    // -0 and 0 are the same break; keeping -0 would spoil equality checks.
    numbers.push(number === 0 ? 0 : number);
  }
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i]! <= numbers[i - 1]!) {
      return fail(context, { kind: 'breaks-not-rising', before: parts[i - 1]!, after: parts[i]! });
    }
  }
  return numbers;
});

/** A comma between up to three digits and exactly three more: a thousands separator as much as a separator of breaks. */
const THOUSANDS_OR_SEPARATOR = /(?<![\d.])(\d{1,3}),(\d{3})(?![\d.])/;

/**
 * Why breaks a reader typed in the field cannot be read as meant, if so:
 * "1,234" is 1234 to most readers and two breaks to a link, so it is
 * refused with what to write instead, never guessed. A link's breaks are
 * always read as comma-separated; the field shows them with a space after
 * each comma, which is never ambiguous.
 */
export function typedBreaksProblem(text: string): AmbiguousBreaks | undefined {
  const found = THOUSANDS_OR_SEPARATOR.exec(text);
  if (!found) return undefined;
  const [whole, before, after] = found as unknown as [string, string, string];
  return { whole, asOne: `${before}${after}`, first: before, second: String(Number(after)), spaced: `${before}, ${after}` };
}

/** "1,234": one break (1234) or two (1 and 234), and how to write each for the field to tell. */
export interface AmbiguousBreaks {
  whole: string;
  asOne: string;
  first: string;
  second: string;
  /** The two breaks written with a space after the comma. */
  spaced: string;
}

/**
 * The reader's own words: kept exactly as typed (spaces, line breaks and
 * all; only the drawing escapes them), up to the key's limit in
 * characters, counted by code point as a reader counts them.
 */
function readerText(key: ReaderTextKey) {
  const limit = READER_TEXT_LIMITS[key];
  return fromText((raw, context) => {
    const length = [...raw].length;
    return length <= limit ? raw : fail(context, { kind: 'text-too-long', key, limit, length });
  });
}

// Building the schemas costs more than parsing a link, and links are parsed
// on every history step, so they are kept per force table and palette list.
// Each is built when first needed: a first visit's link names few parameters,
// and building all nineteen was a tenth of the first load's script work.
const schemaCache = new WeakMap<ForceTable, WeakMap<readonly string[], ParamSchemas>>();

/** One zod schema per parameter, from the raw text to the state's value. */
export function urlParamSchemas(context: UrlStateContext): ParamSchemas {
  let byPalettes = schemaCache.get(context.forceTable);
  if (!byPalettes) {
    byPalettes = new WeakMap();
    schemaCache.set(context.forceTable, byPalettes);
  }
  let schemas = byPalettes.get(context.paletteIds);
  if (!schemas) {
    schemas = builtWhenNeeded(paramSchemaMakers(context));
    byPalettes.set(context.paletteIds, schemas);
  }
  return schemas;
}

function builtWhenNeeded(makers: ParamSchemaMakers): ParamSchemas {
  const built = new Map<UrlParamKey, ParamSchema<UrlParamKey>>();
  return {
    of<K extends UrlParamKey>(key: K): ParamSchema<K> {
      let schema = built.get(key);
      if (!schema) {
        schema = makers[key]() as unknown as ParamSchema<UrlParamKey>;
        built.set(key, schema);
      }
      return schema as unknown as ParamSchema<K>;
    },
  };
}

function paramSchemaMakers(context: UrlStateContext): ParamSchemaMakers {
  const { forceTable, paletteIds } = context;
  const forceCount = forceTable.forces.length;
  const example = forceTable.forces[0];
  const forceExample = example ? { slug: forceSlug(example), code: example.code } : undefined;

  return {
    dataset: () =>
      normalisedText(
        (text): text is string => DATASET_ID_PATTERN.test(text),
        () => ({ kind: 'dataset-id' }),
      ),
    offence: () => fromText((raw, context) => parseOffenceId(raw) ?? fail(context, { kind: 'offence-id' })),
    year: () => financialYear('year'),
    measure: () => oneOf('measure', MEASURES),
    base: () => financialYear('base'),
    classify: () => oneOf('classify', CLASSIFY_METHODS),
    classes: () =>
      fromText((raw, context) => {
        const text = raw.trim();
        const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
        return count >= MIN_CLASSES && count <= MAX_CLASSES ? count : fail(context, { kind: 'classes', min: MIN_CLASSES, max: MAX_CLASSES });
      }),
    breaks: () => breaksSchema,
    scope: () => oneOf('scope', BREAK_SCOPES),
    palette: () =>
      fromText((raw, context) => {
        const id = raw.trim().toLowerCase();
        if (!PALETTE_ID_PATTERN.test(id)) return fail(context, { kind: 'palette-id' });
        if (paletteIds.includes(id)) return id;
        return fail(context, paletteIds.length > 0 ? { kind: 'one-of', key: 'palette', values: paletteIds } : { kind: 'no-palettes' });
      }),
    scale: () => oneOf('scale', COLOUR_SCALES),
    region: () => fromText((raw, context) => regionFromSlug(slugify(raw)) ?? fail(context, { kind: 'one-of', key: 'region', values: REGIONS.map(regionSlug) })),
    force: () =>
      fromText((raw, context) => {
        const found = findForce(raw, forceTable);
        if (found.kind === 'force') return found.force.code;
        if (found.kind === 'no-area')
          return fail(context, { kind: 'force-no-area', count: forceCount, body: found.body, ...(forceExample && { example: forceExample }) });
        return fail(context, {
          kind: 'force',
          count: forceCount,
          ...(forceExample && { example: forceExample }),
          ...(found.suggestion && { suggestion: forceSlug(found.suggestion) }),
        });
      }),
    pins: () =>
      fromText((raw, issues) => {
        const parts = raw
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== '');
        const such = forceExample && { example: forceExample.slug };
        const codes: string[] = [];
        for (const part of parts) {
          const found = findForce(part, forceTable);
          if (found.kind !== 'force') return fail(issues, { kind: 'pins-not-force', max: MAX_PINS, part, ...such });
          if (!codes.includes(found.force.code)) codes.push(found.force.code);
        }
        if (codes.length > MAX_PINS) return fail(issues, { kind: 'pins-too-many', max: MAX_PINS, count: codes.length, ...such });
        return codes;
      }),
    view: () => oneOf('view', VIEWS),
    title: () => readerText('title'),
    subtitle: () => readerText('subtitle'),
    note: () => readerText('note'),
    credit: () => readerText('credit'),
    lang: () => oneOf('lang', LANGUAGES),
  };
}
