import { afterEach, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { useLanguage } from '../../src/i18n/language';
import { datasetWords } from '../../src/view-model/dataset-words';
import { readGeneratedJson, withoutWelsh } from '../helpers';

const loadWelsh = () => import('../../src/i18n/cy');
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json')).meta;
const code86 = datasetSchema.parse(readGeneratedJson('offences/code-86.json')).meta;

describe('datasetWords: a dataset’s own words in the page’s language', () => {
  afterEach(() => useLanguage('en', loadWelsh));

  it('gives the English on an English page', () => {
    expect(datasetWords(nspcc)).toMatchObject({
      title: 'Child abuse image offences recorded by police (NSPCC freedom of information figures)',
      source: 'NSPCC freedom of information requests, as reported in the press',
      releaseDate: '2018-09 to 2024-03',
    });
  });

  it('gives the shipped figures’ Welsh on a Welsh page, keeping as written what has no Welsh (the Home Office tables’ name)', async () => {
    await useLanguage('cy', loadWelsh);
    // data/datasets.json
    expect(datasetWords(nspcc)).toMatchObject({
      title: 'Troseddau delweddau cam-drin plant a gofnodwyd gan yr heddlu (ffigurau rhyddid gwybodaeth yr NSPCC)',
      source: 'Ceisiadau rhyddid gwybodaeth yr NSPCC, fel y’u hadroddwyd yn y wasg',
      releaseDate: '2018-09 i 2024-03',
      licence: 'Ffigurau fel y’u cyhoeddwyd gan yr NSPCC a’r wasg',
    });
    expect(datasetWords(code86)).toMatchObject({
      title: 'Troseddau cyhoeddiadau anweddus (cod trosedd 86 y Swyddfa Gartref) a gofnodwyd gan yr heddlu',
      source: 'Home Office, police recorded crime and outcomes open data tables (police force area)',
      releaseDate: '2023-10-19',
      licence: 'Trwydded Llywodraeth Agored v3.0',
    });
  });

  it('keeps an import’s words as its reader wrote them, in either language', async () => {
    const imported = withoutWelsh({ ...datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json')), meta: { ...nspcc, title: 'Fy ffigurau' } }).meta;
    await useLanguage('cy', loadWelsh);
    expect(datasetWords(imported)).toMatchObject({ title: 'Fy ffigurau', source: nspcc.source });
  });
});
