import { describe, expect, it } from 'vitest';
import { plainMessage } from '../../src/format/user-text';
import { detectShape, headerKey } from '../../src/ingest/detect-shape';
import { HOME_OFFICE_COLUMNS } from '../../src/ingest/home-office-table';

describe('headerKey', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(headerKey(' Police_Force-Area ')).toBe('police force area');
  });
});

describe('detectShape', () => {
  it('recognises the Home Office table as published', () => {
    expect(detectShape([...HOME_OFFICE_COLUMNS])).toEqual({ ok: true, shape: 'home-office' });
  });

  it.each([
    [['force', 'year', 'value']],
    [['Force Name', 'Financial Year', 'Count']],
    [['Police Force Area', 'Period', 'Number']],
    [['PFA', 'year', 'Offences']],
    [['Area', 'YEAR', 'Figure']],
    [['Code', 'Financial_Year', 'Value']],
  ])('recognises the tidy header %j', (header) => {
    const detection = detectShape(header);
    expect(detection).toMatchObject({ ok: true, shape: 'tidy', columns: { force: { index: 0 }, year: { index: 1 }, value: { index: 2 } }, ignored: [] });
  });

  it('finds tidy columns in any order, and lists the others as ignored', () => {
    expect(detectShape(['Note', 'Count', 'Year', 'Force', 'Code'])).toEqual({
      ok: true,
      shape: 'tidy',
      columns: { force: { index: 3, name: 'Force' }, year: { index: 2, name: 'Year' }, value: { index: 1, name: 'Count' } },
      ignored: [
        { index: 0, name: 'Note' },
        { index: 4, name: 'Code' },
      ],
    });
  });

  it("recognises a wide table and keeps each column's year", () => {
    expect(detectShape(['Force', '2016/17', '2017-18', '2018/2019', 'Total'])).toEqual({
      ok: true,
      shape: 'wide',
      columns: {
        force: { index: 0, name: 'Force' },
        years: [
          { index: 1, name: '2016/17', year: '2016/17' },
          { index: 2, name: '2017-18', year: '2017/18' },
          { index: 3, name: '2018/2019', year: '2018/19' },
        ],
      },
      ignored: [{ index: 4, name: 'Total' }],
    });
  });

  it('takes a blank corner cell above the names for the force column of a wide table', () => {
    expect(detectShape(['', '2016/17', '2017/18'])).toMatchObject({ ok: true, shape: 'wide', columns: { force: { index: 0, name: '' } } });
  });

  it('says what was expected and what was found when there is no force column', () => {
    const detection = detectShape(['Name', 'Year', 'Value']);
    expect(detection.ok).toBe(false);
    if (detection.ok) return;
    expect(detection.error).toMatch(/no column naming the force/);
    expect(detection.error).toMatch(/"force name"/);
    expect(plainMessage(detection.error)).toMatch(/found 3 columns: "Name", "Year", "Value"/);
  });

  it('says which half of a tidy header is missing', () => {
    const error = (header: string[]) => {
      const detection = detectShape(header);
      return detection.ok ? 'detected' : plainMessage(detection.error);
    };
    expect(error(['Force', 'Year', 'Rate'])).toMatch(/year column \("Year"\) but no value column/);
    expect(error(['Force', 'Count'])).toMatch(/value column \("Count"\) but no year column/);
    expect(detectShape(['Force', 'Notes'])).toMatchObject({ ok: false, error: expect.stringMatching(/one column per financial year such as 2016\/17/) });
  });

  it('refuses a Home Office table whose columns are not as published, rather than misreading it', () => {
    const shuffled = ['Force Name', 'Financial Year', 'Financial Quarter', 'Offence Code', 'Number of Offences'];
    expect(detectShape(shuffled)).toMatchObject({ ok: false, error: expect.stringMatching(/looks like a Home Office open-data table/) });
  });

  it('shows the header’s names as user text: hidden characters visible, isolated from the message', () => {
    const detection = detectShape(['Na\u202Eme', 'Year', 'Value']);
    expect(detection.ok || detection.error).toContain('"\u2068Na⟨U+202E⟩me\u2069"');
  });

  it('cuts a long header short in its message', () => {
    const detection = detectShape(Array.from({ length: 30 }, (_, i) => `column ${i}`));
    expect(detection).toMatchObject({ ok: false, error: expect.stringMatching(/and 18 more$/) });
  });
});
