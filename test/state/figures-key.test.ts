import { describe, expect, it } from 'vitest';
import { figuresKeyOf } from '../../src/state/figures-key';

describe('figuresKeyOf', () => {
  it('names the figures a state shows: the Home Office series of its offence, or the dataset itself', () => {
    expect(figuresKeyOf({ dataset: 'home-office', offence: '86' })).toBe('ho-code-86');
    expect(figuresKeyOf({ dataset: 'home-office', offence: 'group:sexual-offences' })).toBe('ho-group-sexual-offences');
    expect(figuresKeyOf({ dataset: 'nspcc-foi', offence: '86' })).toBe('nspcc-foi');
  });
});
