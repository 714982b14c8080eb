import * as z from 'zod/mini';
import { forceCodeSchema } from '../forces/force-table';

export const financialYearSchema = z.string().check(z.regex(/^\d{4}\/\d{2}$/, 'a financial year such as 2016/17'));

export const nonEmptyString = () => z.string().check(z.minLength(1));
export const count = () => z.int().check(z.nonnegative());

/**
 * Rates are per 1,000 people for all crime and the offence groups (the ONS
 * convention for police force area crime rates) and per 100,000 for rarer
 * offences; each dataset says which (its meta's ratePer). The formula is
 * src/model/rate.ts.
 */
const RATE_BASES = [1000, 100_000] as const;
export type RatePer = (typeof RATE_BASES)[number];
const DEFAULT_RATE_PER: RatePer = 100_000;

/** Rates are per this many people. */
export const ratePerSchema = z.union([z.literal(RATE_BASES[0]), z.literal(RATE_BASES[1])]);

/** The kinds of Home Office series: every offence but fraud, an offence group, a subgroup, one offence code. */
export const OFFENCE_KINDS = ['all', 'group', 'subgroup', 'code'] as const;
export type OffenceKind = (typeof OFFENCE_KINDS)[number];

/** A Home Office offence code and its name, as a break names it. */
const offenceCodeSchema = z.object({ code: nonEmptyString(), name: nonEmptyString() });

/**
 * Where what a series counts changes, as data (the page writes it in its
 * language): codes with no figures after `after` or with their first in
 * `next`; or a code counted in this series until `after`, then in `to`
 * (moved out), or in `from` until `after`, then here (moved in).
 */
const seriesBreakSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('codes'),
    after: financialYearSchema,
    next: financialYearSchema,
    stopped: z.array(offenceCodeSchema),
    started: z.array(offenceCodeSchema),
  }),
  z.object({ kind: z.literal('moved-out'), after: financialYearSchema, code: offenceCodeSchema, to: nonEmptyString() }),
  z.object({ kind: z.literal('moved-in'), after: financialYearSchema, code: offenceCodeSchema, from: nonEmptyString() }),
]);
export type SeriesBreak = z.infer<typeof seriesBreakSchema>;

/** Which offences a Home Office series counts. */
export const offenceSeriesSchema = z.object({
  /** "all", "group:sexual-offences", "subgroup:rape-offences", "86". */
  id: nonEmptyString(),
  kind: z.enum(OFFENCE_KINDS),
  name: nonEmptyString(),
  code: z.optional(nonEmptyString()),
  group: z.optional(nonEmptyString()),
  subgroup: z.optional(nonEmptyString()),
  /** Where what the series counts changes: after `after`, an offence code moved in or out of it, or started or stopped. */
  breaks: z.optional(z.array(seriesBreakSchema)),
});
export type OffenceSeries = z.infer<typeof offenceSeriesSchema>;

export const datasetMetaSchema = z.object({
  /** "ho-code-86", "ho-code-37.2", "nspcc-foi", "import-1". */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/)),
  title: nonEmptyString(),
  /** A plain sentence on what is counted. */
  definition: nonEmptyString(),
  /** What one unit is, e.g. "offences". */
  unit: nonEmptyString(),
  /** Who published the figures. */
  source: nonEmptyString(),
  /** The publisher's page, which About links to: an https: address only (never javascript:, data: or another scheme). */
  sourceUrl: z.optional(z.string().check(z.regex(/^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, 'an https: address such as https://www.gov.uk/…'))),
  releaseDate: nonEmptyString(),
  licence: nonEmptyString(),
  attribution: nonEmptyString(),
  /** What a rate is per: 1,000 people for all crime and offence groups, 100,000 for rarer offences and other figures (src/model/rate.ts). */
  ratePer: z._default(ratePerSchema, DEFAULT_RATE_PER),
  /** For a Home Office series: the offences it counts. */
  offence: z.optional(offenceSeriesSchema),
  /** The shipped figures' own words in Welsh (data/datasets.json, or made from a Home Office series' names); imported figures have none. */
  cy: z.optional(
    z.object({
      title: nonEmptyString(),
      definition: nonEmptyString(),
      attribution: nonEmptyString(),
      /** Where the English is the atlas's own words rather than a name (the NSPCC's source, the licence). */
      source: z.optional(nonEmptyString()),
      releaseDate: z.optional(nonEmptyString()),
      licence: z.optional(nonEmptyString()),
    }),
  ),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** Where a figure was published: a release and the page that carried it. */
const figureSourceSchema = z.object({ release: nonEmptyString(), url: nonEmptyString() });
export type FigureSource = z.infer<typeof figureSourceSchema>;

export const observationSchema = z.object({
  code: forceCodeSchema,
  year: financialYearSchema,
  /** null: the source says the figure was not published (suppressed). */
  value: z.nullable(z.number().check(z.nonnegative())),
  /** Index into the dataset's sources. */
  source: count(),
  note: z.optional(z.string()),
});
export type Observation = z.infer<typeof observationSchema>;

/** A total the publisher gave for several forces, shown beside our own sums. */
const publishedTotalSchema = z.object({
  area: nonEmptyString(),
  /** The forces it covers; empty when the publisher did not say. */
  codes: z.array(forceCodeSchema),
  firstYear: financialYearSchema,
  lastYear: financialYearSchema,
  value: z.number().check(z.nonnegative()),
  /** "more than" totals are lower bounds, not exact figures. */
  lowerBound: z.boolean(),
  source: count(),
});
export type PublishedTotal = z.infer<typeof publishedTotalSchema>;

export const datasetSchema = z
  .object({
    meta: datasetMetaSchema,
    years: z.array(financialYearSchema).check(z.minLength(1)),
    /** Years left out because the source holds only part of them. */
    partialYears: z._default(z.array(z.object({ year: financialYearSchema, quarters: z.int() })), []),
    sources: z.array(figureSourceSchema).check(z.minLength(1)),
    observations: z.array(observationSchema),
    publishedTotals: z._default(z.array(publishedTotalSchema), []),
  })
  .check(
    z.superRefine((dataset, context) => {
      const years = new Set(dataset.years);
      const seen = new Set<string>();
      dataset.observations.forEach((observation, index) => {
        const key = `${observation.code} ${observation.year}`;
        if (!years.has(observation.year)) {
          context.addIssue({ code: 'custom', path: ['observations', index, 'year'], message: `year ${observation.year} is not among the dataset's years` });
        }
        if (seen.has(key)) {
          context.addIssue({ code: 'custom', path: ['observations', index], message: `second figure for ${key}` });
        }
        if (observation.source >= dataset.sources.length) {
          context.addIssue({ code: 'custom', path: ['observations', index, 'source'], message: 'refers to no source' });
        }
        seen.add(key);
      });
    }),
  );
export type Dataset = z.infer<typeof datasetSchema>;
