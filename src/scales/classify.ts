import { ascending, bisectLeft, bisectRight, quantileSorted } from 'd3-array';
import * as z from 'zod/mini';

export const CLASSIFICATION_METHODS = ['quantile', 'equal-interval', 'natural-breaks', 'manual'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

/** Fewer than three classes hide the pattern; more than seven cannot be told apart on a map. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
/** Manual thresholds are the inner breaks: 1 to 6 of them make 2 to 7 classes. */
export const MIN_MANUAL_THRESHOLDS = 1;
export const MAX_MANUAL_THRESHOLDS = MAX_CLASSES - 1;

/** A figure as it arrives: null, undefined or NaN when it was not published. */
export type MaybeValue = number | null | undefined;

export const classificationOptionsSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.enum(['quantile', 'equal-interval', 'natural-breaks']),
    classCount: z.int().check(z.gte(MIN_CLASSES), z.lte(MAX_CLASSES)),
  }),
  z.object({
    method: z.literal('manual'),
    // z.number() takes finite numbers only.
    thresholds: z.array(z.number()).check(
      z.minLength(MIN_MANUAL_THRESHOLDS),
      z.maxLength(MAX_MANUAL_THRESHOLDS),
      z.refine((thresholds) => thresholds.every((threshold, i) => i === 0 || threshold > thresholds[i - 1]!), 'thresholds must be strictly ascending'),
    ),
  }),
]);
/** How to classify; validated by classificationOptionsSchema (a URL can carry any of it). */
export type ClassificationOptions =
  { method: 'quantile' | 'equal-interval' | 'natural-breaks'; classCount: number } | { method: 'manual'; thresholds: readonly number[] };

/**
 * Values cut into classes. Class i holds the values v with
 * thresholds[i - 1] <= v < thresholds[i]: a value equal to a threshold
 * belongs to the class above it.
 */
export interface Classification {
  method: ClassificationMethod;
  /** classCount - 1 inner breaks, strictly ascending. */
  thresholds: readonly number[];
  /** Smallest and largest published value; null when there is none. */
  domain: readonly [min: number, max: number] | null;
  /** The classes actually made: fewer than asked when the values have fewer distinct figures; 0 without values. */
  classCount: number;
  /** The class of a value; undefined for a figure that was not published (and always when there are no classes). */
  classOf(value: MaybeValue): number | undefined;
}

/** One class as a legend shows it. */
export interface ClassRange {
  index: number;
  /** Inclusive; null: open below ("under upper"), which only manual classes are. */
  lower: number | null;
  /** Exclusive unless includesUpper; null: open above ("lower or more"), which only manual classes are. */
  upper: number | null;
  /** True for the top class of a computed method, whose upper end is the largest value itself. */
  includesUpper: boolean;
}

function isPublished(value: MaybeValue): value is number {
  // Infinity is no figure either: nothing published is infinite.
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Classifies the published values; missing ones are left out, never taken
 * as zero. Throws a RangeError naming the problem when the options are
 * invalid (a class count outside 3 to 7, thresholds out of order).
 */
export function classify(values: Iterable<MaybeValue>, options: ClassificationOptions): Classification {
  const parsed = classificationOptionsSchema.safeParse(options);
  if (!parsed.success) throw new RangeError(`classification options: ${z.prettifyError(parsed.error)}`);
  const valid = parsed.data;

  const sorted = Array.from(values).filter(isPublished).sort(ascending);
  if (sorted.length === 0) return makeClassification(valid.method, [], null);
  const domain = [sorted[0]!, sorted[sorted.length - 1]!] as const;

  // Manual thresholds are the reader's: kept even where no value falls between them.
  if (valid.method === 'manual') return makeClassification('manual', [...valid.thresholds], domain);

  const distinct = distinctSorted(sorted);
  // With no more distinct figures than classes, each figure is a class of its own:
  // no class is empty and no two share a figure.
  if (distinct.length <= valid.classCount) return makeClassification(valid.method, distinct.slice(1), domain);

  switch (valid.method) {
    case 'quantile':
      return makeClassification('quantile', quantileThresholds(sorted, distinct, valid.classCount), domain);
    case 'equal-interval':
      return makeClassification('equal-interval', equalIntervalThresholds(domain, valid.classCount), domain);
    case 'natural-breaks':
      return makeClassification('natural-breaks', naturalBreakThresholds(sorted, distinct, valid.classCount), domain);
  }
}

/**
 * For measures that fall and rise (a change in per cent): puts a break at
 * 0, so that no class mixes falls with rises. The break nearest 0 moves
 * there, keeping the number of classes. (Values on both sides of 0 always
 * make at least two classes, so there is a break to move.)
 */
export function withBreakAtZero(classification: Classification): Classification {
  const { thresholds, domain, method } = classification;
  if (domain === null || !(domain[0] < 0 && domain[1] > 0) || thresholds.includes(0)) return classification;
  let nearest = 0;
  thresholds.forEach((threshold, i) => {
    if (Math.abs(threshold) < Math.abs(thresholds[nearest]!)) nearest = i;
  });
  return makeClassification(
    method,
    thresholds.map((threshold, i) => (i === nearest ? 0 : threshold)),
    domain,
  );
}

/** One set of breaks for every year, so that a colour means the same figure in every year. */
export function classifyAcrossYears(valuesByYear: Iterable<Iterable<MaybeValue>>, options: ClassificationOptions): Classification {
  const all: MaybeValue[] = [];
  for (const values of valuesByYear) all.push(...values);
  return classify(all, options);
}

/**
 * The same breaks, with the domain widened to every value they will
 * classify: breaks made from one year's figures and used for every year
 * colour other years' figures too, and the legend's lowest and highest
 * rows must cover them.
 */
export function spanning(classification: Classification, values: Iterable<MaybeValue>): Classification {
  if (classification.domain === null) return classification;
  let [min, max] = classification.domain;
  for (const value of values) {
    if (!isPublished(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return makeClassification(classification.method, [...classification.thresholds], [min, max]);
}

/** Breaks of each year's own: shows the spread within a year, but colours are not comparable across years. */
export function classifyPerYear(valuesByYear: Iterable<Iterable<MaybeValue>>, options: ClassificationOptions): Classification[] {
  return Array.from(valuesByYear, (values) => classify(values, options));
}

/** The legend's rows, lowest class first. */
export function classRanges(classification: Classification): ClassRange[] {
  const { thresholds, domain, classCount, method } = classification;
  if (classCount === 0 || domain === null) return [];
  const open = method === 'manual';
  return Array.from({ length: classCount }, (_, index) => {
    const last = index === classCount - 1;
    return {
      index,
      lower: index > 0 ? thresholds[index - 1]! : open ? null : domain[0],
      upper: !last ? thresholds[index]! : open ? null : domain[1],
      includesUpper: last && !open,
    };
  });
}

function makeClassification(method: ClassificationMethod, thresholds: number[], domain: readonly [number, number] | null): Classification {
  const classCount = domain === null ? 0 : thresholds.length + 1;
  return {
    method,
    thresholds,
    domain,
    classCount,
    classOf(value) {
      if (classCount === 0 || !isPublished(value)) return undefined;
      return bisectRight(thresholds, value);
    },
  };
}

function distinctSorted(sorted: readonly number[]): number[] {
  return sorted.filter((value, i) => i === 0 || value !== sorted[i - 1]);
}

/**
 * Moves each candidate up to the nearest value that was published: which
 * class a value falls in does not change, every class holds at least its
 * lowest break, and a count's breaks stay whole numbers. Candidates at or
 * below the smallest value, or past the largest, would leave a class empty
 * and are dropped, as are repeats.
 */
function snapToValues(candidates: readonly number[], distinct: readonly number[]): number[] {
  const snapped: number[] = [];
  for (const candidate of candidates) {
    const at = bisectLeft(distinct, candidate);
    if (at === 0 || at >= distinct.length) continue;
    const value = distinct[at]!;
    if (value !== snapped[snapped.length - 1]) snapped.push(value);
  }
  return snapped;
}

/** Breaks at the i/k quantiles: classes of (nearly) equal size; ties can merge classes. */
function quantileThresholds(sorted: number[], distinct: readonly number[], classCount: number): number[] {
  const candidates = Array.from({ length: classCount - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classCount)!);
  return snapToValues(candidates, distinct);
}

/**
 * Breaks of equal width across the domain. An outlying value can leave
 * middle classes empty: that is what the method means, so they are kept.
 */
function equalIntervalThresholds([min, max]: readonly [number, number], classCount: number): number[] {
  const width = (max - min) / classCount;
  return Array.from({ length: classCount - 1 }, (_, i) => min + width * (i + 1));
}

/** Breaks at the first value of each cluster of the optimal k-means split. */
function naturalBreakThresholds(sorted: readonly number[], distinct: readonly number[], classCount: number): number[] {
  const counts = new Map<number, number>();
  for (const value of sorted) counts.set(value, (counts.get(value) ?? 0) + 1);
  const weights = distinct.map((value) => counts.get(value)!);
  return optimalClusterStarts(distinct, weights, classCount)
    .slice(1)
    .map((start) => distinct[start]!);
}

/**
 * Ckmeans (Wang and Song 2011): the split of sorted values into k
 * contiguous clusters with the least total squared distance to the cluster
 * means, by dynamic programming in O(k n²). It works on distinct values
 * weighted by how often each occurs, so that equal values are never split
 * between two classes (a threshold cannot separate equal values). With
 * n at most a few hundred force-years, the plain quadratic version is ample.
 *
 * Returns the index of each cluster's first value; needs 1 <= k <= n.
 */
export function optimalClusterStarts(distinct: readonly number[], weights: readonly number[], clusterCount: number): number[] {
  const n = distinct.length;
  if (clusterCount < 1 || clusterCount > n || weights.length !== n) throw new RangeError('optimalClusterStarts: needs 1 <= k <= n and one weight per value');
  // Shifting by a middle value keeps the sums of squares small, against cancellation.
  const shift = distinct[Math.floor(n / 2)]!;
  const weightSum = [0];
  const sum = [0];
  const squareSum = [0];
  for (let i = 0; i < n; i++) {
    const weight = weights[i]!;
    const x = distinct[i]! - shift;
    weightSum.push(weightSum[i]! + weight);
    sum.push(sum[i]! + weight * x);
    squareSum.push(squareSum[i]! + weight * x * x);
  }
  /** Weighted sum of squared deviations of values first..last from their mean. */
  const withinSquares = (first: number, last: number): number => {
    const weight = weightSum[last + 1]! - weightSum[first]!;
    const total = sum[last + 1]! - sum[first]!;
    return Math.max(0, squareSum[last + 1]! - squareSum[first]! - (total * total) / weight);
  };

  // cost[m][j]: least cost of values 0..j in m + 1 clusters; start[m][j]: where the last of them starts.
  const cost: number[][] = [Array.from({ length: n }, (_, j) => withinSquares(0, j))];
  const start: number[][] = [Array.from({ length: n }, () => 0)];
  for (let m = 1; m < clusterCount; m++) {
    const previous = cost[m - 1]!;
    const row: number[] = Array.from({ length: n }, () => Infinity);
    const rowStart: number[] = Array.from({ length: n }, () => m);
    for (let j = m; j < n; j++) {
      for (let first = m; first <= j; first++) {
        const candidate = previous[first - 1]! + withinSquares(first, j);
        if (candidate < row[j]!) {
          row[j] = candidate;
          rowStart[j] = first;
        }
      }
    }
    cost.push(row);
    start.push(rowStart);
  }

  const starts: number[] = [];
  let last = n - 1;
  for (let m = clusterCount - 1; m >= 0; m--) {
    const first = start[m]![last]!;
    starts.unshift(first);
    last = first - 1;
  }
  return starts;
}
