import type { DatasetMeta } from '../datasets/dataset';
import { pageLanguage } from '../i18n/language';

type DatasetWords = Pick<DatasetMeta, 'title' | 'definition' | 'attribution' | 'source' | 'releaseDate' | 'licence'>;

/**
 * A dataset's own words (title, definition, attribution; its source,
 * release date and licence where they are the atlas's words rather than a
 * name) in the page's language: the shipped figures' Welsh on a Welsh
 * page; otherwise as written (an import's are the reader's own, in
 * whatever language).
 */
export function datasetWords(meta: DatasetWords & Pick<DatasetMeta, 'cy'>): DatasetWords {
  const { title, definition, attribution, source, releaseDate, licence } = meta;
  return { title, definition, attribution, source, releaseDate, licence, ...(pageLanguage() === 'cy' ? meta.cy : undefined) };
}
