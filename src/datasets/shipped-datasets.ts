import * as z from 'zod/mini';
import { datasetMetaSchema, nonEmptyString, type DatasetMeta } from './dataset';
import { homeOfficeDatasetId, offenceKindOf, offenceRatePer } from './offence-ids';

const wordsSchema = z.object({ title: nonEmptyString(), definition: nonEmptyString() });
/** A title and definition, with their Welsh. */
const textSchema = z.extend(wordsSchema, { cy: wordsSchema });

/** data/datasets.json: the Home Office release the series come from, and the NSPCC dataset. */
export const shippedDatasetsSchema = z.object({
  'home-office': z.object({
    /** How the dataset switcher names the Home Office figures, whichever offence is shown. */
    title: nonEmptyString(),
    /** The series the app opens with. */
    default: nonEmptyString(),
    /** "Home Office open data tables, 19 October 2023": what every figure names as its source. */
    release: nonEmptyString(),
    unit: nonEmptyString(),
    source: nonEmptyString(),
    sourceUrl: nonEmptyString(),
    releaseDate: nonEmptyString(),
    licence: nonEmptyString(),
    attribution: nonEmptyString(),
    /** The switcher's title and the attribution in Welsh. */
    cy: z.object({ title: nonEmptyString(), attribution: nonEmptyString(), licence: nonEmptyString() }),
    /** Titles and definitions written by hand, by offence id, in place of the generated ones. */
    overrides: z.record(z.string(), textSchema),
  }),
  'nspcc-foi': datasetMetaSchema,
});
type ShippedDatasets = z.infer<typeof shippedDatasetsSchema>;
export type HomeOfficeFacts = ShippedDatasets['home-office'];

/** A series' meta: the release's facts, with its hand-written title and definition if it has them, else the given ones. */
export function homeOfficeSeriesMeta(facts: HomeOfficeFacts, offenceId: string, generated?: z.infer<typeof textSchema>): DatasetMeta {
  const text = facts.overrides[offenceId] ?? generated;
  if (!text) throw new Error(`data/datasets.json gives no title for the Home Office series "${offenceId}"`);
  return {
    id: homeOfficeDatasetId(offenceId),
    title: text.title,
    definition: text.definition,
    cy: { ...text.cy, attribution: facts.cy.attribution, licence: facts.cy.licence },
    unit: facts.unit,
    source: facts.source,
    sourceUrl: facts.sourceUrl,
    releaseDate: facts.releaseDate,
    licence: facts.licence,
    attribution: facts.attribution,
    ratePer: offenceRatePer(offenceKindOf(offenceId)),
  };
}
