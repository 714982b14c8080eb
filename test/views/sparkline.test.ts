// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/views/sparkline';

describe('sparkline', () => {
  it('draws one point per published figure, breaks the line at a gap, and marks the shown year', () => {
    const svg = sparkline([10, 20, null, 40, 30], 3, 100, 20);
    expect(svg.querySelectorAll('circle')).toHaveLength(4);
    const d = svg.querySelector('path')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2); // a new stroke after the missing year
    const marked = [...svg.querySelectorAll('circle')].filter((circle) => circle.getAttribute('r') === '3.5');
    expect(marked).toHaveLength(1);
    // The highest figure (40, in the fourth year) is drawn at the top.
    expect(Number(marked[0]!.getAttribute('cy'))).toBeCloseTo(3, 5);
  });

  it('draws nothing for a force with no figures, and a flat line for equal figures', () => {
    expect(sparkline([null, null], 0).childElementCount).toBe(0);
    const flat = sparkline([5, 5, 5], 0, 100, 20);
    const ys = new Set([...flat.querySelectorAll('circle')].map((circle) => circle.getAttribute('cy')));
    expect(ys.size).toBe(1);
  });
});
