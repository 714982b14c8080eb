import { quoteField } from '../src/export/table-csv';

/** CSV text as the project commits it: RFC 4180 quoting where needed, LF line ends, a final line end. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((fields) => fields.map((field) => quoteField(String(field))).join(',')).join('\n') + '\n';
}
