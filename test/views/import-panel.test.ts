// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountImportPanel } from '../../src/views/import-panel';
import { forceTable } from '../helpers';

/** Stands in for the import view's chunk: its ImportView only draws a marker. */
class StubImportView {
  readonly element = Object.assign(document.createElement('div'), { id: 'stub-import-view' });
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('mountImportPanel', () => {
  it('loads the panel when first opened, says so when the load fails, and loads it on Try again', async () => {
    const container = document.createElement('div');
    let attempts = 0;
    const load = async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module: import-view-abc.js');
      return { ImportView: StubImportView as never };
    };
    mountImportPanel(container, forceTable, () => ({ id: 'import-1', kept: true }), load);
    const details = container.querySelector('details')!;
    expect(attempts).toBe(0);

    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await settle();
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^The import panel could not be loaded \(Failed to fetch dynamically imported module: import-view-abc\.js\)/);
    expect(container.querySelector('#stub-import-view')).toBeNull();

    container.querySelector<HTMLButtonElement>('.import-retry')!.click();
    await settle();
    expect(attempts).toBe(2);
    expect(container.querySelector('#stub-import-view')).not.toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();

    // Closing and opening again does not load it twice.
    details.dispatchEvent(new Event('toggle'));
    await settle();
    expect(attempts).toBe(2);
  });
});
