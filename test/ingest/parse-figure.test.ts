import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/ingest/parse-figure';

describe('parseFigure', () => {
  it.each([
    ['278', 278],
    [' 66776 ', 66776],
    ['1,154', 1154],
    ['1 154', 1154],
    ['1\u00a0154', 1154],
    ['12,345,678', 12345678],
    ['212.0', 212],
    ['-3', -3],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseFigure(text)).toEqual({ kind: 'number', value });
  });

  it.each(['[x]', '[c]', '..', '-', '', '  ', 'n/a'])('reads "%s" as not published', (text) => {
    expect(parseFigure(text)).toEqual({ kind: 'not-published' });
  });

  it.each(['abc', '1,5', '12a', '1,1544', '£5', '5%'])('refuses to guess at "%s"', (text) => {
    expect(parseFigure(text)).toEqual({ kind: 'non-numeric' });
  });

  it.each(['1000000000001', '-1000000000001', '9'.repeat(309), '1'.repeat(1_000_000)])('reads a figure beyond a million million as too large (%#)', (text) => {
    expect(parseFigure(text)).toEqual({ kind: 'too-large' });
  });

  it('reads a million million, and nought without a sign', () => {
    expect(parseFigure('1,000,000,000,000')).toEqual({ kind: 'number', value: 1e12 });
    expect(parseFigure('-0')).toEqual({ kind: 'number', value: 0 });
    expect(Object.is((parseFigure('-0') as { value: number }).value, -0)).toBe(false);
  });
});
