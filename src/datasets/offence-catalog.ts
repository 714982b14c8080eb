import * as z from 'zod/mini';
import { count, financialYearSchema, nonEmptyString, offenceSeriesSchema, ratePerSchema } from './dataset';
import { offenceFileStem, offenceKindOf, parseOffenceId } from './offence-ids';

export { offenceFileStem, offenceKindOf, offenceRatePer, parseOffenceId, shippedDatasetFile } from './offence-ids';

const offenceIdSchema = z
  .string()
  .check(z.refine((id) => parseOffenceId(id) === id, 'a canonical offence id such as all, group:robbery, subgroup:rape-offences or 8Q'));

/** What the Home Office release holds, as data/home-office/release.json records it. */
export const homeOfficeReleaseSchema = z.object({
  source: nonEmptyString(),
  url: nonEmptyString(),
  releaseDate: nonEmptyString(),
  label: nonEmptyString(),
  licence: nonEmptyString(),
  /** The table the figures were summed from, and how many rows it has. */
  table: z.object({ file: nonEmptyString(), rows: count() }),
  /** The full financial years. */
  years: z.array(financialYearSchema).check(z.minLength(1)),
  /** Years the table holds only the first quarters of: left out. */
  partialYears: z.array(z.object({ year: financialYearSchema, quarters: z.int().check(z.minimum(1), z.maximum(3)) })),
  /** Bodies with no area on the map, with their rows in the table. */
  leftOut: z.array(z.object({ body: nonEmptyString(), rows: count() })),
});
export type HomeOfficeRelease = z.infer<typeof homeOfficeReleaseSchema>;

const catalogOffence = z.extend(offenceSeriesSchema, { id: offenceIdSchema });
const offeredOffenceSchema = z.extend(catalogOffence, {
  firstYear: financialYearSchema,
  lastYear: financialYearSchema,
  ratePer: ratePerSchema,
  note: z.optional(nonEmptyString()),
});
export type OfferedOffence = z.infer<typeof offeredOffenceSchema>;
/**
 * Why a series is not on the map, as data (the page writes it in its
 * language): recorded by national bodies only, counted only from a year the
 * release holds `quarters` of, described by the Home Office as outcomes
 * only, or 0 for every force in every full year.
 */
export const notMappedReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('recorded-nationally') }),
  z.object({ kind: z.literal('part-year'), year: financialYearSchema, quarters: z.int().check(z.gte(1), z.lte(3)) }),
  z.object({ kind: z.literal('outcomes-only') }),
  z.object({ kind: z.literal('all-zero') }),
]);
export type NotMappedReason = z.infer<typeof notMappedReasonSchema>;
const notOfferedOffenceSchema = z.extend(catalogOffence, { reason: notMappedReasonSchema });
export type NotOfferedOffence = z.infer<typeof notOfferedOffenceSchema>;

/**
 * generated/offences/index.json, what the offence picker loads: the
 * release, the series offered in the Home Office's order (all, then each
 * group followed by its subgroups and codes), and those not offered with
 * the reason.
 */
export const offenceCatalogSchema = z
  .object({
    release: homeOfficeReleaseSchema,
    offered: z.array(offeredOffenceSchema).check(z.minLength(1)),
    notOffered: z.array(notOfferedOffenceSchema),
  })
  .check(
    z.superRefine((catalog, context) => {
      const ids = new Set<string>();
      const stems = new Set<string>();
      for (const [list, entries] of [
        ['offered', catalog.offered],
        ['notOffered', catalog.notOffered],
      ] as const) {
        entries.forEach((entry, index) => {
          const stem = offenceFileStem(entry.id);
          if (ids.has(entry.id)) context.addIssue({ code: 'custom', path: [list, index, 'id'], message: `${entry.id} is listed twice` });
          else if (stems.has(stem))
            context.addIssue({ code: 'custom', path: [list, index, 'id'], message: `${entry.id} has the file name of another series, ${stem}` });
          if (offenceKindOf(entry.id) !== entry.kind)
            context.addIssue({ code: 'custom', path: [list, index, 'kind'], message: `${entry.id} is not of kind ${entry.kind}` });
          ids.add(entry.id);
          stems.add(stem);
        });
      }
    }),
  );
export type OffenceCatalog = z.infer<typeof offenceCatalogSchema>;
