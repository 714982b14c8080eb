import { pageLanguage } from './language';
import { profileCy } from './profile-cy';
import { profileEn, type ProfileWords } from './profile-en';

/** A force profile's words in the page's language; both load with the profile, after the first map. */
export function profileWords(): ProfileWords {
  return pageLanguage() === 'cy' ? profileCy : profileEn;
}
