// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { NoticesView } from '../../src/views/notices-view';
import { forceTable } from '../helpers';

describe('NoticesView', () => {
  it('shows text from the link in <bdi> elements, with hidden characters made visible and no isolate characters left', () => {
    const { notices } = parseUrlState(`?year=${encodeURIComponent('\u202Emoc.elpmaxe-live ta nigol-er :DILAVNI KNIL')}`, { forceTable, paletteIds: [] });
    const view = new NoticesView(document.createElement('div'), () => {});
    view.render(notices);
    const text = view.element.querySelector('.notice span')!;
    expect([...text.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(['year', '⟨U+202E⟩moc.elpmaxe-live ta nigol-er :DILAVNI KNIL']);
    expect(text.textContent).toBe('Ignored "year=⟨U+202E⟩moc.elpmaxe-live ta nigol-er :DILAVNI KNIL": year must be a financial year such as 2016-17.');
    expect(text.innerHTML).not.toMatch(/[\u2068\u2069\u202E]/);
  });

  it('renders markup in a link as text', () => {
    const { notices } = parseUrlState('?force=<img src=x onerror=alert(1)>', { forceTable, paletteIds: [] });
    const view = new NoticesView(document.createElement('div'), () => {});
    view.render(notices);
    expect(view.element.querySelector('img')).toBeNull();
    expect(view.element.querySelector('bdi:last-of-type')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
