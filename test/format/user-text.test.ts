import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISOLATE_END, ISOLATE_START, isolated, plainMessage, visibleUserText, withoutInvisibleCharacters } from '../../src/format/user-text';

describe('visibleUserText', () => {
  it('shows bidi controls as visible escapes, so user text cannot reorder the sentence around it', () => {
    // A right-to-left override: without the escape, "moc.elpmaxe-live" would be drawn as "evil-example.com".
    expect(visibleUserText('x\u202Emoc.elpmaxe-live')).toBe('x⟨U+202E⟩moc.elpmaxe-live');
    for (const code of [0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(visibleUserText(`a${String.fromCharCode(code)}b`)).toBe(`a⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩b`);
    }
  });

  it('shows zero-width and other invisible characters, and control characters, the same way', () => {
    expect(visibleUserText('Dor\u200Dset')).toBe('Dor⟨U+200D⟩set');
    expect(visibleUserText('\u200B\u200C\u2060\uFEFF\u00AD')).toBe('⟨U+200B⟩⟨U+200C⟩⟨U+2060⟩⟨U+FEFF⟩⟨U+00AD⟩');
    expect(visibleUserText('a\u0001b\nc\u2028')).toBe('a⟨U+0001⟩b⟨U+000A⟩c⟨U+2028⟩');
    expect(visibleUserText('tag\u{E0041}')).toBe('tag⟨U+E0041⟩');
  });

  it('leaves visible text alone: letters of any script, accents, spaces, emoji', () => {
    for (const text of ['Ynys Môn', 'Heddlu Gogledd Cymru', 'שלום', 'مرحبا', 'Dorset Police', '1,154', '🙂', 'a b']) {
      expect(visibleUserText(text)).toBe(text);
    }
  });

  it('shortens long text to the given length, never cutting an escape or a surrogate pair', () => {
    expect(visibleUserText('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
    expect(visibleUserText('x'.repeat(60))).toBe('x'.repeat(60));
    expect(visibleUserText('1'.repeat(1_000_000), 20)).toBe(`${'1'.repeat(19)}…`);
    const cut = visibleUserText(`${'x'.repeat(55)}\u202E${'y'.repeat(10)}`);
    expect(cut).toBe(`${'x'.repeat(55)}…`);
    // Lengths count UTF-16 units, as String.length does: four emoji and the ellipsis fit in 10.
    expect(visibleUserText('🙂'.repeat(40), 10)).toBe(`${'🙂'.repeat(4)}…`);
  });

  it('never lets a bidi control or invisible character through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(visibleUserText(text, 1000)).not.toMatch(/[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/u);
      }),
    );
  });
});

describe('isolated and plainMessage', () => {
  it('wraps user text, made visible, in first-strong isolates that a view turns into <bdi>', () => {
    expect(isolated('Dor\u200Dset')).toBe(`${ISOLATE_START}Dor⟨U+200D⟩set${ISOLATE_END}`);
    // The user's own isolate characters are escaped: they cannot close the app's isolate early.
    expect(isolated('a\u2069b')).toBe(`${ISOLATE_START}a⟨U+2069⟩b${ISOLATE_END}`);
  });

  it('drops the isolates for plain text (a CSV file, a test)', () => {
    expect(plainMessage(`unknown force "${isolated('Atlantis')}"`)).toBe('unknown force "Atlantis"');
  });
});

describe('withoutInvisibleCharacters', () => {
  it('removes zero-width, bidi and other invisible characters, keeping everything else', () => {
    expect(withoutInvisibleCharacters('Dor\u200Dset')).toBe('Dorset');
    expect(withoutInvisibleCharacters('\u202EDorset\u200B Police\uFEFF')).toBe('Dorset Police');
    expect(withoutInvisibleCharacters('Ynys Môn')).toBe('Ynys Môn');
  });
});
