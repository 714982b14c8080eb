import * as z from 'zod/mini';

/** The ten regions of England and Wales (ONS "regions", with Wales as one). */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
] as const;
export type Region = (typeof REGIONS)[number];

export const forceCodeSchema = z.string().check(z.regex(/^(E23|W15)\d{6}$/, 'an ONS police force area code such as E23000039'));

/** A row of data/forces.csv (read by src/ingest/forces-csv.ts). */
export const forceRowSchema = z.object({
  code: forceCodeSchema,
  name: z.string().check(z.minLength(1)),
  short: z.string().check(z.minLength(1)),
  region: z.enum(REGIONS),
  aliases: z.pipe(
    z.string(),
    z.transform((text: string) =>
      text
        .split('|')
        .map((alias) => alias.trim())
        .filter(Boolean),
    ),
  ),
});

export type Force = z.infer<typeof forceRowSchema>;

export interface ForceTable {
  forces: readonly Force[];
  byCode: ReadonlyMap<string, Force>;
}
