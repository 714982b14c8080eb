import { descriptionCy } from './description-cy';
import { descriptionEn, type DescriptionWords } from './description-en';
import { pageLanguage } from './language';

/** The map description's words in the page's language; both load with the description, after the first map. */
export function descriptionWords(): DescriptionWords {
  return pageLanguage() === 'cy' ? descriptionCy : descriptionEn;
}
