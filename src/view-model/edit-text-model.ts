import { forceSlug } from '../forces/force-slugs';
import type { ForceTable } from '../forces/force-table';
import { MAX_PINS, READER_TEXT_KEYS, READER_TEXT_LIMITS, type AppState, type ReaderTextKey } from '../state/app-state';

/** One of the reader's texts as the "Edit text" panel shows it. */
interface TextField {
  key: ReaderTextKey;
  label: string;
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

const LABELS: Record<ReaderTextKey, string> = { title: 'Title', subtitle: 'Subtitle', note: 'Note', credit: 'Credit or byline' };

/** What the "Edit text" panel shows: the reader's words, the defaults they replace, the limits, and the forces pinned. */
export function editTextModel(
  state: Pick<AppState, ReaderTextKey | 'pins'>,
  defaults: { title: string; subtitle: string },
  forceTable: ForceTable,
): EditTextModel {
  const placeholders: Record<ReaderTextKey, string> = { title: defaults.title, subtitle: defaults.subtitle, note: '', credit: '' };
  const named = (code: string) => {
    const force = forceTable.byCode.get(code);
    return force ? { slug: forceSlug(force), name: force.name } : undefined;
  };
  return {
    fields: READER_TEXT_KEYS.map((key) => ({
      key,
      label: LABELS[key],
      value: state[key] ?? '',
      placeholder: placeholders[key],
      limit: READER_TEXT_LIMITS[key],
      multiline: key === 'note',
    })),
    pins: (state.pins ?? []).map(named).filter((pin) => pin !== undefined),
    forces: [...forceTable.forces].sort((a, b) => (a.name < b.name ? -1 : 1)).map((force) => ({ slug: forceSlug(force), name: force.name })),
    maxPins: MAX_PINS,
  };
}

/** "12 of 120 characters", or, past the limit, what is wrong and what to do. */
export function lengthNote(text: string, limit: number): { text: string; over: boolean } {
  const length = [...text].length;
  return length > limit
    ? { text: `${length - limit} characters too long: at most ${limit} are kept in the link. Shorten it to apply.`, over: true }
    : { text: `${length} of ${limit} characters`, over: false };
}
