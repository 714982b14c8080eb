/**
 * The colour options in force: the state may ask for a palette or breaks
 * that do not suit the measure or cannot be used, and these say what is
 * drawn instead, and why.
 */
import { measureMeta } from '../model/measures';
import { classificationOptionsSchema, type Classification, type ClassificationOptions } from '../scales/classify';
import { DEFAULT_PALETTE, isPaletteId, paletteOf, type PaletteId } from '../scales/palettes';
import { MAX_BREAKS, MIN_BREAKS, type AppState } from '../state/app-state';
import { t } from '../i18n/language';

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
    error: t().controls.breaksInvalid(MIN_BREAKS, MAX_BREAKS),
  };
}

/**
 * Breaks to start from when the reader switches to manual classes: the
 * ones on the map now, rounded to two significant figures (so that they
 * read as numbers a person would type), kept strictly ascending.
 */
export function startingBreaks(classification: Classification): number[] {
  const breaks: number[] = [];
  for (const threshold of classification.thresholds) {
    const rounded = Number(threshold.toPrecision(2));
    if (breaks.length === 0 || rounded > breaks[breaks.length - 1]!) breaks.push(rounded === 0 ? 0 : rounded);
  }
  return breaks;
}
