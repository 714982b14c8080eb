import fc from 'fast-check';
import { ckmeans } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { classify, optimalClusterStarts } from '../../src/scales/classify';

/**
 * The hand-written Ckmeans against simple-statistics' ckmeans (the oracle),
 * as mercator-path is checked against d3-geo. Where two splits cost the
 * same (ties: [0, 1, 2] in two clusters) either is optimal, so the splits
 * are compared by their cost, worked out here from the clusters themselves.
 */

/** Sum over the clusters of the squared distances of their values from the cluster's mean. */
function withinSquares(clusters: readonly (readonly number[])[]): number {
  let total = 0;
  for (const cluster of clusters) {
    const mean = cluster.reduce((a, b) => a + b, 0) / cluster.length;
    for (const value of cluster) total += (value - mean) ** 2;
  }
  return total;
}

/** The clusters of `values` (sorted, repeats kept) that start at the given distinct values. */
function clustersAt(sorted: readonly number[], startValues: readonly number[]): number[][] {
  const clusters: number[][] = startValues.map(() => []);
  for (const value of sorted) {
    let index = startValues.length - 1;
    while (value < startValues[index]!) index--;
    clusters[index]!.push(value);
  }
  return clusters;
}

function ourClusters(values: readonly number[], clusterCount: number): number[][] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = sorted.filter((value, i) => i === 0 || value !== sorted[i - 1]);
  const weights = distinct.map((value) => sorted.filter((candidate) => candidate === value).length);
  const starts = optimalClusterStarts(distinct, weights, clusterCount);
  return clustersAt(
    sorted,
    starts.map((start) => distinct[start]!),
  );
}

/**
 * Costs equal up to rounding. Both sides sum squares along the sorted values, so
 * each cost carries an error of up to about n·ε·max|x|² however small the cost
 * itself is: with -4096 among subnormals, 1e-9 against 0 is a tie.
 */
function closeTo(ours: number, oracle: number, values: readonly number[]): boolean {
  const largest = Math.max(...values.map(Math.abs));
  const rounding = 64 * values.length * Number.EPSILON * largest * largest;
  return Math.abs(ours - oracle) <= Math.max(1e-9 * Math.max(1, Math.abs(oracle)), rounding);
}

describe('optimalClusterStarts against simple-statistics’ ckmeans', () => {
  it('splits distinct values at the same least cost, into as many non-empty clusters', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (values, wanted) => {
          const clusterCount = Math.min(wanted, values.length);
          const ours = ourClusters(values, clusterCount);
          const oracle = ckmeans(values, clusterCount);
          expect(ours).toHaveLength(oracle.length);
          expect(ours.every((cluster) => cluster.length > 0)).toBe(true);
          expect(closeTo(withinSquares(ours), withinSquares(oracle), values), `${withinSquares(ours)} against ${withinSquares(oracle)}`).toBe(true);
        },
      ),
      // A -4096 among subnormals and ±0: the cost of the oracle's split is 0, ours 1e-9, a tie in rounding.
      { numRuns: 300, examples: [[[0.000034156502553198664, 0, -4096, 5e-324, 1e-323, 1.5e-323, -0, -5e-324, 2e-323], 3]] },
    );
  });

  it('finds the oracle’s very split when no other costs the same (random reals)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 8, maxLength: 60 }), fc.integer({ min: 2, max: 7 }), (integers, clusterCount) => {
        // Reals spread over [0, 1000) with no two equal: a tie of costs is then vanishingly unlikely.
        const values = [...new Set(integers)].map((integer) => (integer / 2 ** 30) * 1000);
        fc.pre(values.length >= clusterCount);
        const ours = ourClusters(values, clusterCount);
        const oracle = ckmeans(values, clusterCount);
        // Two splits whose costs differ by less than rounding (values a millionth apart) are a tie: either is right.
        if (!closeTo(withinSquares(ours), withinSquares(oracle), values)) expect(ours).toEqual(oracle);
      }),
      { numRuns: 200 },
    );
  });

  it('with repeated values (counts, as force-years have), costs no more than the oracle, and never splits equal values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 7 }), (values, wanted) => {
        const clusterCount = Math.min(wanted, new Set(values).size);
        const ours = ourClusters(values, clusterCount);
        const oracle = ckmeans(values, clusterCount);
        expect(closeTo(withinSquares(ours), withinSquares(oracle), values), `${withinSquares(ours)} against ${withinSquares(oracle)}`).toBe(true);
        for (let i = 1; i < ours.length; i++) expect(ours[i - 1]!.at(-1)!).toBeLessThan(ours[i]![0]!);
      }),
      { numRuns: 300 },
    );
  });

  it('gives classify’s natural breaks at the starts of the oracle’s clusters', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 7, maxLength: 43 }), fc.integer({ min: 3, max: 7 }), (values, classCount) => {
        const oracle = ckmeans(values, classCount);
        const classification = classify(values, { method: 'natural-breaks', classCount });
        // The same cost from the breaks classify chose.
        const ours = clustersAt(
          [...values].sort((a, b) => a - b),
          [Math.min(...values), ...classification.thresholds],
        );
        expect(closeTo(withinSquares(ours), withinSquares(oracle), values)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
