import { cyPageText } from '../i18n/cy';

/**
 * Puts index.html's own words (written there in English) in Welsh: the
 * title, the description, the skip link, the loading line and the names of
 * the page's regions. The same elements keep their places, so nothing
 * moves. Loaded only for the Welsh page.
 */
export function showWelshPageText(document: Document): void {
  const words = cyPageText;
  document.title = words.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', words.description);
  const setText = (selector: string, text: string) => {
    const element = document.querySelector(selector);
    if (element) element.textContent = text;
  };
  const setLabel = (selector: string, label: string) => document.querySelector(selector)?.setAttribute('aria-label', label);
  setText('.skip-link', words.skipToTable);
  setText('#open-full', words.getTheData);
  // The title waits for the figures; until then it says the map is loading.
  if (document.querySelector('#app[aria-busy="true"]')) setText('#map-title', words.loading);
  setLabel('#controls', words.controls);
  setLabel('#map', words.map);
  setLabel('.side-panel', words.side);
  setLabel('#table', words.table);
}
