/**
 * Pure pieces of what the explorer shows, from the state and the derived
 * data: the colour options in force, the title lines, the legend. Kept out
 * of the views so that they can be tested without a browser.
 */
import type { DatasetMeta } from '../datasets/dataset';
import { formatRange, formatValue } from '../format/format-number';
import type { Choropleth } from '../model/choropleth';
import { measureMeta, type MeasureId } from '../model/measures';
import { classificationOptionsSchema, classRanges, type ClassificationOptions } from '../scales/classify';
import { DEFAULT_PALETTE, isPaletteId, paletteOf, type PaletteId } from '../scales/palettes';
import type { AppState } from '../state/app-state';
import type { LegendModel } from '../views/legend-view';

/** The palette in force: the state's when it suits the measure, else the measure's default. */
export function paletteInForce(state: Pick<AppState, 'palette' | 'measure'>): PaletteId {
  const kind = measureMeta(state.measure).kind;
  if (state.palette && isPaletteId(state.palette) && paletteOf(state.palette).kind === kind) return state.palette;
  return DEFAULT_PALETTE[kind];
}

/** The classification asked for; manual breaks that cannot be used fall back to quantiles, with the reason. */
export function classificationInForce(state: Pick<AppState, 'classify' | 'classes' | 'breaks'>): { options: ClassificationOptions; error?: string } {
  if (state.classify !== 'manual') return { options: { method: state.classify, classCount: state.classes } };
  const parsed = classificationOptionsSchema.safeParse({ method: 'manual', thresholds: state.breaks ?? [] });
  if (parsed.success) return { options: parsed.data };
  return {
    options: { method: 'quantile', classCount: state.classes },
    error: 'Breaks must be 1 to 6 numbers in ascending order, such as 100, 200, 400. Quantiles are shown meanwhile.',
  };
}

export function measureLabel(measure: MeasureId, meta: DatasetMeta, baseYear: string): string {
  return measureMeta(measure).label({ unit: meta.unit, baseYear });
}

const METHOD_NAMES: Record<ClassificationOptions['method'], string> = {
  quantile: 'quantiles (about as many forces in each class)',
  'equal-interval': 'equal intervals',
  'natural-breaks': 'natural breaks (ckmeans)',
  manual: 'your own breaks',
};

export function legendModel(args: {
  choropleth: Choropleth;
  yearIndex: number;
  years: readonly string[];
  measure: MeasureId;
  title: string;
  scope: AppState['scope'];
  method: ClassificationOptions['method'];
  scopeArea: string;
  marker?: { code: string; label: string };
}): LegendModel {
  const { choropleth, yearIndex, years, measure } = args;
  const classification = choropleth.classificationFor(yearIndex);
  const colors = choropleth.colorsFor(yearIndex);
  const rows = classRanges(classification).map((range) => ({ color: colors[range.index]!, label: formatRange(range, measure) }));
  const span = args.scope === 'all-years' ? `all years, ${years[0]} to ${years[years.length - 1]}, so a colour means the same in every year` : `${years[yearIndex]} alone`;
  const model: LegendModel = {
    title: args.title,
    rows,
    missingLabel: measureMeta(measure).missingLabel,
    note: rows.length === 0 ? 'No figures to classify.' : `Classes: ${METHOD_NAMES[args.method]}, from the figures of ${args.scopeArea} over ${span}.`,
  };
  if (args.marker) {
    const value = choropleth.values.get(args.marker.code)?.[yearIndex] ?? null;
    const row = classification.classOf(value);
    model.marker = { row: row ?? 'missing', text: `${args.marker.label}: ${formatValue(value, measure)}` };
  }
  return model;
}
