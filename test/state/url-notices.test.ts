import { describe, expect, it } from 'vitest';
import { ISOLATE_START, plainMessage } from '../../src/format/user-text';
import { parseUrlState } from '../../src/state/url-state';
import { forceTable } from '../helpers';
import { noticeText } from '../../src/view-model/notice-text';

const context = { forceTable, paletteIds: ['blues'] };
const parse = (search: string) => parseUrlState(search, context);
const query = (entries: [string, string][]) => `?${new URLSearchParams(entries).toString()}`;

describe('parseUrlState: text from the link inside notices', () => {
  it('shows a right-to-left override as a visible escape, so the notice reads as the app wrote it', () => {
    // Drawn raw, the override turns the value into "LINK INVALID: re-login at evil-example.com".
    const raw = '\u202Emoc.elpmaxe-live ta nigol-er :DILAVNI KNIL';
    const [notice] = parse(query([['year', raw]])).notices;
    expect(notice?.raw).toBe(raw);
    expect(noticeText(notice!)).not.toContain('\u202E');
    expect(plainMessage(noticeText(notice!))).toContain('"year=⟨U+202E⟩moc.elpmaxe-live');
    // And it is isolated from the app's words, for the view to put in a <bdi>.
    expect(noticeText(notice!)).toContain(`=${ISOLATE_START}⟨U+202E⟩moc.elpmaxe-live`);
  });

  it('escapes hidden characters in a misspelt parameter name too, which the reason repeats', () => {
    const [notice] = parse(query([['mes\u200Bure', 'rate']])).notices;
    expect(noticeText(notice!)).not.toContain('\u200B');
    expect(plainMessage(noticeText(notice!))).toBe('Ignored "mes⟨U+200B⟩ure=rate": there is no parameter "mes⟨U+200B⟩ure"; did you mean measure?');
  });

  it('reads a force name with a zero-width joiner in it as the force', () => {
    expect(parse(query([['force', 'Dor\u200Dset']])).state.force).toBe('E23000039');
  });
});

describe('parseUrlState: a link with thousands of parameters', () => {
  it('names a few misspelt parameters, then says how many more were not recognised, in one notice', () => {
    const parsed = parse(`?${Array.from({ length: 14_000 }, (_, i) => `mesure=${i}`).join('&')}`);
    expect(parsed.notices.length).toBeLessThanOrEqual(6);
    const last = parsed.notices.at(-1)!;
    expect(plainMessage(noticeText(last))).toBe(`And ${(14_000 - parsed.notices.length + 1).toLocaleString('en-GB')} more parameters were not recognised.`);
  });

  it('merges repeated copies of a parameter the same way', () => {
    const parsed = parse(`?${Array.from({ length: 1000 }, (_, i) => `force=f${i}`).join('&')}`);
    expect(parsed.notices.length).toBeLessThanOrEqual(7);
    expect(plainMessage(noticeText(parsed.notices.at(-1)!))).toMatch(/^And [\d,]+ more parameters were given more than once\.$/);
  });

  it('parses a 2 MB query string of 140,000 parameters quickly, without running out of stack', () => {
    const kinds = (i: number) => (i % 3 === 0 ? `k${i}=${i}` : i % 3 === 1 ? `mesure=${i}` : `year=${i}`);
    const search = `?${Array.from({ length: 140_000 }, (_, i) => kinds(i)).join('&')}`;
    expect(search.length).toBeGreaterThan(1_400_000);
    const started = performance.now();
    const parsed = parse(search);
    const elapsed = performance.now() - started;
    expect(parsed.notices.length).toBeLessThanOrEqual(8);
    expect(parsed.unknownParams).toHaveLength(Math.ceil(140_000 / 3) + 1);
    // Measured about 0.1 s here; before the fix the unknown names alone took 28 s.
    expect(elapsed).toBeLessThan(2000);
  });
});
