import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited, type QuoteProblem } from '../../src/ingest/parse-delimited';

const fieldsOf = (text: string, delimiter?: ',' | ';' | '\t') => parseDelimited(text, delimiter).map((row) => row.fields);

describe('parseDelimited', () => {
  it('splits rows and fields', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
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
    expect(fieldsOf('a"b,"c"d\n')).toEqual([['a"b', 'cd']]);
  });

  it('reads a quote that never closes as a plain character, says where it is, and reads the lines after it as rows', () => {
    const problems: QuoteProblem[] = [];
    const rows = parseDelimited('h1,h2\nDorset,"2016/17\nKent,1\nEssex,2\n', ',', { onQuoteProblem: (problem) => problems.push(problem) });
    expect(rows).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['Dorset', '"2016/17'] },
      { line: 3, fields: ['Kent', '1'] },
      { line: 4, fields: ['Essex', '2'] },
    ]);
    expect(problems).toEqual([{ kind: 'unclosed', line: 2 }]);
  });

  it('reads a stray quote the same way when it would close only inside text many lines on', () => {
    const problems: QuoteProblem[] = [];
    const text = 'a,b\n"x,1\ny,2\nz,"three, four"\n';
    expect(parseDelimited(text, ',', { onQuoteProblem: (problem) => problems.push(problem) }).map((row) => row.fields)).toEqual([
      ['a', 'b'],
      ['"x', '1'],
      ['y', '2'],
      ['z', 'three, four'],
    ]);
    expect(problems).toEqual([{ kind: 'stray', line: 2, closesOn: 4 }]);
  });

  it('keeps a quoted field over several lines that closes properly, and reports one that runs long', () => {
    const problems: QuoteProblem[] = [];
    const rows = parseDelimited('a,"two\nlines"\nb,"one\ntwo\nthree\nfour"\nc,d', ',', { onQuoteProblem: (problem) => problems.push(problem) });
    expect(rows.map((row) => [row.line, row.fields])).toEqual([
      [1, ['a', 'two\nlines']],
      [3, ['b', 'one\ntwo\nthree\nfour']],
      [7, ['c', 'd']],
    ]);
    expect(problems).toEqual([{ kind: 'long', line: 3, closesOn: 6 }]);
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
