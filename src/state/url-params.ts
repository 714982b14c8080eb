import * as z from 'zod/mini';
import { parseFinancialYear } from '../datasets/financial-year';
import { parseOffenceId } from '../datasets/offence-ids';
import { isolated } from '../format/user-text';
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

/** Something in the link that was not used, said so that a reader can fix it. */
export interface UrlNotice {
  /** The parameter's name as written in the link (also for unknown ones). */
  param: string;
  /** The value exactly as the link carried it: plain text, never markup. */
  raw: string;
  message: string;
}

/**
 * Text from the link for a message: cut short (long junk would swamp it;
 * `raw` keeps it whole), hidden characters shown, isolated from the words
 * around it (see src/format/user-text.ts).
 */
export function shownInMessage(text: string): string {
  return isolated(text);
}

/** 'Ignored "measure=ratee": measure must be one of …' */
export function ignoredNotice(param: string, raw: string, reason: string): UrlNotice {
  return { param, raw, message: `Ignored "${shownInMessage(param)}=${shownInMessage(raw)}": ${reason}` };
}

type ParamSchema<K extends UrlParamKey> = z.ZodMiniType<UrlParamValues[K], string>;
type ParamSchemaMakers = { [K in UrlParamKey]: () => ParamSchema<K> };

/** One zod schema per parameter, each built the first time a link carries its parameter. */
export interface ParamSchemas {
  of<K extends UrlParamKey>(key: K): ParamSchema<K>;
}

/** A string schema that trims the text and lower-cases it before its checks. */
const normalised = (...checks: z.core.$ZodCheck<string>[]) => z.string().check(z.trim(), z.toLowerCase(), ...checks);

/** Text from the link, made into a value by `parse`, which calls `fail` when it cannot. */
function fromText<T>(parse: (raw: string, context: z.core.ParsePayload) => T) {
  return z.pipe(z.string(), z.transform(parse));
}

/** Rejects the text from inside fromText's parse, with `message` as the notice's reason. */
function fail(context: z.core.ParsePayload, message: string): never {
  context.issues.push({ code: 'custom', message, input: context.value });
  return z.NEVER;
}

function oneOf<const T extends readonly [string, ...string[]]>(key: UrlParamKey, values: T) {
  // Case and stray spaces do not change what a hand-edited link means.
  return z.pipe(normalised(), z.enum(values, { error: `${key} must be one of ${values.join(', ')}.` }));
}

function financialYear(key: UrlParamKey) {
  return fromText((raw, context) => parseFinancialYear(raw) ?? fail(context, `${key} must be a financial year such as 2016-17.`));
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const breaksSchema = fromText((raw, context): readonly number[] => {
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length > MAX_BREAKS) {
    return fail(context, `breaks can hold ${MIN_BREAKS} to ${MAX_BREAKS} numbers (for up to ${MAX_BREAKS + 1} classes), not ${parts.length}.`);
  }
  const numbers: number[] = [];
  for (const part of parts) {
    if (part === '') return fail(context, 'breaks must be numbers separated by commas, such as 100,200,400, with none left empty.');
    const number = NUMBER_TEXT.test(part) ? Number(part) : Number.NaN;
    if (!Number.isFinite(number)) {
      return fail(context, `breaks must be numbers separated by commas, such as 100,200,400; "${shownInMessage(part)}" is not a number.`);
    }
    // -0 and 0 are the same break; keeping -0 would spoil equality checks.
    numbers.push(number === 0 ? 0 : number);
  }
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i]! <= numbers[i - 1]!) {
      return fail(context, `breaks must rise from left to right, such as 100,200,400; ${parts[i]} does not come after ${parts[i - 1]}.`);
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
export function typedBreaksProblem(text: string): string | undefined {
  const found = THOUSANDS_OR_SEPARATOR.exec(text);
  if (!found) return undefined;
  const [whole, before, after] = found as unknown as [string, string, string];
  return `"${whole}" could be one break, ${before}${after}, or two, ${before} and ${Number(after)}: write ${before}${after} for one, or put a space after the comma between breaks (${before}, ${after}).`;
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
    return length <= limit ? raw : fail(context, `${key} can be at most ${limit} characters long; this one has ${length}.`);
  });
}

const classesMessage = `classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}.`;

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
  const forceExample = example ? `, such as ${forceSlug(example)} or ${example.code}` : '';

  return {
    dataset: () =>
      normalised(z.regex(DATASET_ID_PATTERN, 'dataset must be a dataset id such as home-office or nspcc-foi (lower-case letters, digits and hyphens).')),
    offence: () =>
      fromText(
        (raw, context) =>
          parseOffenceId(raw) ??
          fail(
            context,
            'offence must be a Home Office offence code such as 86 or 8Q, a group such as group:sexual-offences, a subgroup such as subgroup:rape-offences, or all.',
          ),
      ),
    year: () => financialYear('year'),
    measure: () => oneOf('measure', MEASURES),
    base: () => financialYear('base'),
    classify: () => oneOf('classify', CLASSIFY_METHODS),
    classes: () =>
      z.pipe(
        z.pipe(z.string().check(z.trim(), z.regex(/^\d+$/, classesMessage)), z.transform(Number)),
        z.int(classesMessage).check(z.gte(MIN_CLASSES, classesMessage), z.lte(MAX_CLASSES, classesMessage)),
      ),
    breaks: () => breaksSchema,
    scope: () => oneOf('scope', BREAK_SCOPES),
    palette: () =>
      normalised(
        z.regex(PALETTE_ID_PATTERN, 'palette must be a palette id (lower-case letters, digits and hyphens).'),
        z.refine((id: string) => paletteIds.includes(id), {
          error: paletteIds.length > 0 ? `palette must be one of ${paletteIds.join(', ')}.` : 'palette cannot be chosen: no palettes are available.',
        }),
      ),
    scale: () => oneOf('scale', COLOUR_SCALES),
    region: () => fromText((raw, issues) => regionFromSlug(slugify(raw)) ?? fail(issues, `region must be one of ${REGIONS.map(regionSlug).join(', ')}.`)),
    force: () =>
      fromText((raw, issues) => {
        const found = findForce(raw, forceTable);
        if (found.kind === 'force') return found.force.code;
        const must = `force must name one of the ${forceCount} police force areas of England and Wales${forceExample}`;
        const message =
          found.kind === 'no-area'
            ? `${must}; ${found.body} polices no area on this map.`
            : found.suggestion
              ? `${must}. Did you mean ${forceSlug(found.suggestion)}?`
              : `${must}.`;
        return fail(issues, message);
      }),
    pins: () =>
      fromText((raw, issues) => {
        const parts = raw
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== '');
        const must = `pins must name up to ${MAX_PINS} police force areas, separated by commas${example ? `, such as ${forceSlug(example)}` : ''}`;
        const codes: string[] = [];
        for (const part of parts) {
          const found = findForce(part, forceTable);
          if (found.kind !== 'force') return fail(issues, `${must}; "${shownInMessage(part)}" is not one.`);
          if (!codes.includes(found.force.code)) codes.push(found.force.code);
        }
        if (codes.length > MAX_PINS) return fail(issues, `${must}, not ${codes.length}.`);
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
