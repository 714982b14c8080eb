import { z } from 'zod';
import { forceCodeSchema } from '../forces/force-table';

export const financialYearSchema = z.string().regex(/^\d{4}\/\d{2}$/, 'a financial year such as 2016/17');

export const datasetMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** A plain sentence on what is counted. */
  definition: z.string().min(1),
  /** What one unit is, e.g. "offences". */
  unit: z.string().min(1),
  /** Who published the figures. */
  source: z.string().min(1),
  sourceUrl: z.string().optional(),
  releaseDate: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** Where a figure was published: a release and the page that carried it. */
export const figureSourceSchema = z.object({ release: z.string().min(1), url: z.string().min(1) });
export type FigureSource = z.infer<typeof figureSourceSchema>;

export const observationSchema = z.object({
  code: forceCodeSchema,
  year: financialYearSchema,
  /** null: the source says the figure was not published (suppressed). */
  value: z.number().nonnegative().nullable(),
  /** Index into the dataset's sources. */
  source: z.number().int().nonnegative(),
  note: z.string().optional(),
});
export type Observation = z.infer<typeof observationSchema>;

/** A total the publisher gave for several forces, shown beside our own sums. */
export const publishedTotalSchema = z.object({
  area: z.string().min(1),
  /** The forces it covers; empty when the publisher did not say. */
  codes: z.array(forceCodeSchema),
  firstYear: financialYearSchema,
  lastYear: financialYearSchema,
  value: z.number().nonnegative(),
  /** "more than" totals are lower bounds, not exact figures. */
  lowerBound: z.boolean(),
  source: z.number().int().nonnegative(),
});
export type PublishedTotal = z.infer<typeof publishedTotalSchema>;

export const datasetSchema = z
  .object({
    meta: datasetMetaSchema,
    years: z.array(financialYearSchema).min(1),
    /** Years left out because the source holds only part of them. */
    partialYears: z.array(z.object({ year: financialYearSchema, quarters: z.number().int() })).default([]),
    sources: z.array(figureSourceSchema).min(1),
    observations: z.array(observationSchema),
    publishedTotals: z.array(publishedTotalSchema).default([]),
  })
  .superRefine((dataset, context) => {
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
  });
export type Dataset = z.infer<typeof datasetSchema>;
