// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';
import { useLanguage } from '../../src/i18n/language';
import { aroundPublishersWords, phraseNodes } from '../../src/views/publishers-words';

const loadWelsh = () => import('../../src/i18n/cy');
/** Each node as the page would hold it: text, or the element's lang and text. */
const shown = (nodes: (string | HTMLElement)[]) => nodes.map((node) => (typeof node === 'string' ? node : { lang: node.lang, text: node.textContent }));

describe('the publisher’s words inside the page’s own', () => {
  afterEach(() => useLanguage('en', loadWelsh));

  it('marks a release’s name as English in a Welsh page, wherever the message puts it', async () => {
    await useLanguage('cy', loadWelsh);
    expect(shown(aroundPublishersWords(cy.tooltip.source, 'NSPCC FOI Nov 2021'))).toEqual(['Ffynhonnell: ', { lang: 'en', text: 'NSPCC FOI Nov 2021' }]);
    expect(shown(aroundPublishersWords((words) => `(${words}) a gyhoeddwyd`, 'NSPCC FOI Nov 2021'))).toEqual([
      '(',
      { lang: 'en', text: 'NSPCC FOI Nov 2021' },
      ') a gyhoeddwyd',
    ]);
    expect(shown(phraseNodes(['a gyhoeddwyd (', { en: 'NSPCC FOI Nov 2021' }, ')']))).toEqual([
      'a gyhoeddwyd (',
      { lang: 'en', text: 'NSPCC FOI Nov 2021' },
      ')',
    ]);
  });

  it('leaves them as plain text in an English page', async () => {
    await useLanguage('en', loadWelsh);
    expect(shown(aroundPublishersWords(en.tooltip.source, 'NSPCC FOI Nov 2021'))).toEqual(['Source: ', 'NSPCC FOI Nov 2021']);
    expect(shown(phraseNodes(['published (', { en: 'NSPCC FOI Nov 2021' }, ')']))).toEqual(['published (', 'NSPCC FOI Nov 2021', ')']);
  });
});
