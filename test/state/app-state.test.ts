import { describe, expect, it } from 'vitest';
import {
  BREAK_SCOPES,
  CLASSIFY_METHODS,
  COLOUR_SCALES,
  DATASET_ID_PATTERN,
  DEFAULT_STATE,
  HOME_OFFICE,
  MAX_CLASSES,
  MEASURES,
  MIN_CLASSES,
  VIEWS,
} from '../../src/state/app-state';
import { shippedDatasetsSchema } from '../../src/datasets/shipped-datasets';
import { readProjectFile } from '../helpers';

describe('DEFAULT_STATE', () => {
  it('opens the default Home Office series of data/datasets.json', () => {
    const catalog = shippedDatasetsSchema.parse(JSON.parse(readProjectFile('data/datasets.json')));
    expect(DEFAULT_STATE).toMatchObject({ dataset: HOME_OFFICE, offence: catalog['home-office'].default });
    expect(DEFAULT_STATE.dataset).toMatch(DATASET_ID_PATTERN);
  });

  it('holds only allowed values, and "undefined" where the dataset decides', () => {
    expect(MEASURES).toContain(DEFAULT_STATE.measure);
    expect(CLASSIFY_METHODS).toContain(DEFAULT_STATE.classify);
    expect(BREAK_SCOPES).toContain(DEFAULT_STATE.scope);
    expect(COLOUR_SCALES).toContain(DEFAULT_STATE.scale);
    expect(VIEWS).toContain(DEFAULT_STATE.view);
    expect(DEFAULT_STATE.classes).toBeGreaterThanOrEqual(MIN_CLASSES);
    expect(DEFAULT_STATE.classes).toBeLessThanOrEqual(MAX_CLASSES);
    expect(DEFAULT_STATE).toMatchObject({ measure: 'rate', classify: 'quantile', classes: 5, scope: 'latest-year', scale: 'national', view: 'map' });
    for (const key of ['year', 'base', 'breaks', 'palette', 'region', 'force'] as const) {
      expect(key in DEFAULT_STATE && DEFAULT_STATE[key] === undefined).toBe(true);
    }
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_STATE)).toBe(true);
  });
});
