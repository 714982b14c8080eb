import type { DatasetMeta } from '../datasets/dataset';
import { pageLanguage } from '../i18n/language';

type DatasetWords = Pick<DatasetMeta, 'title' | 'definition' | 'attribution'>;

/**
 * A dataset's own title, definition and attribution in the page's
 * language: the shipped figures' Welsh on a Welsh page; otherwise as
 * written (an import's are the reader's own, in whatever language).
 */
export function datasetWords(meta: DatasetWords & Pick<DatasetMeta, 'cy'>): DatasetWords {
  return pageLanguage() === 'cy' && meta.cy ? meta.cy : meta;
}
