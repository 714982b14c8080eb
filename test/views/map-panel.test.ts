// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { MapModel } from '../../src/view-model/page-model';
import { MapPanel } from '../../src/views/map-panel';

function panelWithMap() {
  let finishDrawing: () => void = () => undefined;
  const map = {
    setFills: vi.fn(),
    setSelected: vi.fn(),
    setFocus: vi.fn(),
    setHovered: vi.fn(),
    setKeyboardFocus: vi.fn(),
    setLayout: vi.fn(),
    whenDrawn: () => new Promise<void>((resolve) => (finishDrawing = resolve)),
  };
  const mapElement = document.createElement('div');
  const firstFrame = vi.fn();
  const panel = new MapPanel(map, mapElement, document.createElement('div'), { reducedMotion: () => false, onFirstFrame: firstFrame });
  return { panel, mapElement, firstFrame, finish: () => finishDrawing() };
}

const model = (): MapModel => ({ fills: new Map(), selected: undefined, focus: undefined, hidden: false, layout: 'geographic' });

describe('MapPanel', () => {
  it('is busy until what it was given is drawn', async () => {
    const { panel, mapElement, firstFrame, finish } = panelWithMap();
    panel.render(model());
    expect(mapElement.dataset['state']).toBe('busy');
    finish();
    await vi.waitFor(() => expect(mapElement.dataset['state']).toBe('idle'));
    expect(firstFrame).toHaveBeenCalledTimes(1);
  });

  it('is busy while the figures asked for load, the map still showing the last ones, and idle again when they are here', async () => {
    const { panel, mapElement, finish } = panelWithMap();
    panel.render(model());
    finish();
    await vi.waitFor(() => expect(mapElement.dataset['state']).toBe('idle'));
    panel.setLoading(true);
    expect(mapElement.dataset['state']).toBe('busy');
    // Figures that fail or end where they began leave the map as it was drawn: idle again.
    panel.setLoading(false);
    expect(mapElement.dataset['state']).toBe('idle');
  });

  it('stays busy when a drawing finishes while new figures are loading', async () => {
    const { panel, mapElement, finish } = panelWithMap();
    panel.render(model());
    panel.setLoading(true);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(mapElement.dataset['state']).toBe('busy');
    panel.setLoading(false);
    expect(mapElement.dataset['state']).toBe('idle');
  });
});
