/** The places in index.html that the page's views are mounted in. */
export interface PageElements {
  app: HTMLElement;
  map: HTMLElement;
  mapPanel: HTMLElement;
  /** In the map's place when the map is not shown: the table, or every year's map. */
  stageView: HTMLElement;
  title: HTMLElement;
  subtitle: HTMLElement;
  sourceLine: HTMLElement;
  headerActions: HTMLElement;
  languageSwitch: HTMLAnchorElement;
  notices: HTMLElement;
  controls: HTMLElement;
  placeBar: HTMLElement;
  legend: HTMLElement;
  timeline: HTMLElement;
  profile: HTMLElement;
  publishedTotals: HTMLElement;
  table: HTMLElement;
  exports: HTMLElement;
  importer: HTMLElement;
}

const IDS: Record<keyof PageElements, string> = {
  app: 'app',
  map: 'map',
  mapPanel: 'map-panel',
  stageView: 'stage-view',
  title: 'map-title',
  subtitle: 'map-subtitle',
  sourceLine: 'source-line',
  headerActions: 'header-actions',
  languageSwitch: 'language-switch',
  notices: 'notices',
  controls: 'controls',
  placeBar: 'place-bar',
  legend: 'legend',
  timeline: 'timeline',
  profile: 'profile',
  publishedTotals: 'published-totals',
  table: 'table',
  exports: 'exports',
  importer: 'importer',
};

/** Finds every element, or says which one the page lacks. */
export function findPageElements(document: Document): PageElements {
  const entries = Object.entries(IDS).map(([key, id]) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`The page has no element #${id}.`);
    return [key, element];
  });
  return Object.fromEntries(entries) as PageElements;
}
