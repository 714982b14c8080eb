import { forceSlug } from '../forces/force-slugs';
import type { ForceTable } from '../forces/force-table';
import { compareNames } from '../i18n/language';
import { forceName } from '../i18n/place-names';
import { MAX_PINS, READER_TEXT_KEYS, READER_TEXT_LIMITS, type AppState, type ReaderTextKey } from '../state/app-state';

/** One of the reader's texts as the "Edit text" panel shows it. */
interface TextField {
  /** Named in the panel by its key (i18n/panels-*.ts: edit.fields). */
  key: ReaderTextKey;
  /** What the reader typed; '' when the default words are in use. */
  value: string;
  /** The default words, shown greyed in an empty field ('' when there are none: no note, no credit). */
  placeholder: string;
  /** The most characters it may hold. */
  limit: number;
  multiline: boolean;
}

export interface EditTextModel {
  fields: readonly TextField[];
  /** The forces pinned, as slugs for the link and names to show. */
  pins: readonly { slug: string; name: string }[];
  /** Every force that can be pinned, by name. */
  forces: readonly { slug: string; name: string }[];
  maxPins: number;
}

/** What the "Edit text" panel shows: the reader's words, the defaults they replace, the limits, and the forces pinned. */
export function editTextModel(
  state: Pick<AppState, ReaderTextKey | 'pins'>,
  defaults: { title: string; subtitle: string },
  forceTable: ForceTable,
): EditTextModel {
  const placeholders: Record<ReaderTextKey, string> = { title: defaults.title, subtitle: defaults.subtitle, note: '', credit: '' };
  const named = (code: string) => {
    const force = forceTable.byCode.get(code);
    return force ? { slug: forceSlug(force), name: forceName(force) } : undefined;
  };
  return {
    fields: READER_TEXT_KEYS.map((key) => ({
      key,
      value: state[key] ?? '',
      placeholder: placeholders[key],
      limit: READER_TEXT_LIMITS[key],
      multiline: key === 'note',
    })),
    pins: (state.pins ?? []).map(named).filter((pin) => pin !== undefined),
    forces: forceTable.forces.map((force) => ({ slug: forceSlug(force), name: forceName(force) })).sort((a, b) => compareNames(a.name, b.name)),
    maxPins: MAX_PINS,
  };
}
