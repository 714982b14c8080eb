import { describe, expect, it } from 'vitest';
import { populationSchema } from '../../src/datasets/population';

const DORSET = 'E23000039';
const withDorset = (years: unknown) => ({ sources: ['ONS mid-year estimates'], byCode: { [DORSET]: years } });

describe('populationSchema', () => {
  it('reads mid-years to [population, source index]', () => {
    const parsed = populationSchema.parse(withDorset({ '2016': [772268, 0], '2017': [776759, 0] }));
    expect(parsed.byCode[DORSET]).toEqual({ '2016': [772268, 0], '2017': [776759, 0] });
  });

  it.each([
    ['a year not written as four digits', { '2016/17': [772268, 0] }],
    ['a population of 0', { '2016': [0, 0] }],
    ['a negative population', { '2016': [-5, 0] }],
    ['a population that is not a number', { '2016': ['772268', 0] }],
    ['an infinite population', { '2016': [Infinity, 0] }],
    ['a fractional source index', { '2016': [772268, 0.5] }],
    ['a negative source index', { '2016': [772268, -1] }],
    ['an entry of three numbers', { '2016': [772268, 0, 1] }],
    ['a list where the years belong', [[772268, 0]]],
    ['nothing where the years belong', null],
  ])('refuses %s, naming the force', (_case, years) => {
    const result = populationSchema.safeParse(withDorset(years));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['byCode', DORSET]);
    expect(result.error?.issues[0]?.message).toMatch(/mid-years such as "2016"/);
  });

  it('refuses a code that is not an ONS police force area code', () => {
    expect(populationSchema.safeParse({ sources: ['x'], byCode: { Dorset: { '2016': [772268, 0] } } }).success).toBe(false);
  });
});
