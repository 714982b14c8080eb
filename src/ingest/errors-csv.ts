import { textField } from '../export/table-csv';
import { plainMessage } from '../format/user-text';
import { importWords } from '../i18n/import-words';
import type { RowError } from './ingest-report';

/**
 * Every rejected row of an import as CSV, built as the import runs (in the
 * worker): the report keeps only the first errors, and a list of millions
 * is a file to open elsewhere, not a page to build. Cells are guarded
 * against spreadsheet formulas. The header is in the import's language; the
 * reason column holds each reason's code, the same in both, for programs.
 */
export function createErrorsCsv(): { onError: (error: RowError) => void; rows: () => number; text: () => string[] } {
  const lines: string[] = [`${importWords().errorsCsv.header}\r\n`];
  return {
    onError: (error) => {
      const cells = [String(error.line), textField(error.column ?? ''), error.reason, textField(plainMessage(error.message)), textField(error.text ?? '')];
      lines.push(`${cells.join(',')}\r\n`);
    },
    rows: () => lines.length - 1,
    text: () => lines,
  };
}
