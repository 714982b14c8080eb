import { pageLanguage } from './language';
import { panelsCy } from './panels-cy';
import { panelsEn, type PanelWords } from './panels-en';

/** The Download and Share panels' words in the page's language; both load with those panels, on first opening. */
export function panelWords(): PanelWords {
  return pageLanguage() === 'cy' ? panelsCy : panelsEn;
}
