import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from '../../src/ingest/parse-delimited';

const fieldsOf = (text: string, delimiter?: ',' | ';' | '\t') => parseDelimited(text, delimiter).map((row) => row.fields);

describe('parseDelimited', () => {
  it('splits rows and fields', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(fieldsOf('"London, City of","say ""hi""","two\nlines"\n')).toEqual([['London, City of', 'say "hi"', 'two\nlines']]);
  });

  it('keeps thousands separators inside quotes as one field', () => {
    expect(fieldsOf('Dorset,2016/17,"1,154"')).toEqual([['Dorset', '2016/17', '1,154']]);
  });

  it('handles CRLF, LF and lone CR line ends, and a file without a final line end', () => {
    expect(fieldsOf('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('drops a leading byte-order mark', () => {
    expect(fieldsOf('\uFEFFforce,year')).toEqual([['force', 'year']]);
  });

  it('skips blank lines but keeps a row of empty fields', () => {
    expect(fieldsOf('a\n\n\r\n,\n')).toEqual([['a'], ['', '']]);
  });

  it('keeps empty fields at either end of a row', () => {
    expect(fieldsOf(',a,')).toEqual([['', 'a', '']]);
  });

  it('keeps text it cannot read strictly, rather than dropping it', () => {
    expect(fieldsOf('a"b,"c"d,"unterminated\nstill')).toEqual([['a"b', 'cd', 'unterminated\nstill']]);
  });

  it('gives each row the line it starts on, counting line breaks inside quotes', () => {
    const rows = parseDelimited('h1,h2\r\n"multi\r\nline",x\r\n\r\nlast,y\r\n');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5]);
  });

  it('splits on semicolons and tabs when told to', () => {
    expect(fieldsOf('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]);
    expect(fieldsOf('a\tb,c\n', '\t')).toEqual([['a', 'b,c']]);
  });

  it('reports progress, ending at 1', () => {
    const text = 'force,year,value\n' + 'Dorset,2016/17,1\n'.repeat(50_000);
    const fractions: number[] = [];
    parseDelimited(text, ',', { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.length).toBeLessThan(200);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe('detectDelimiter', () => {
  it('picks whichever of comma, semicolon and tab splits the header most', () => {
    expect(detectDelimiter('force,year,value\n')).toBe(',');
    expect(detectDelimiter('\uFEFFforce;year;value\r\nDorset;2016/17;"1,154"')).toBe(';');
    expect(detectDelimiter('force\tyear\tvalue')).toBe('\t');
    expect(detectDelimiter('"Force, name";Year;Value')).toBe(';');
  });
});

describe('detectDelimiter above a header', () => {
  it('passes over title lines that no delimiter splits', () => {
    expect(detectDelimiter('Table 3: obscene publications\n\nforce;year;value\n')).toBe(';');
    expect(detectDelimiter('just one line')).toBe(',');
  });
});
