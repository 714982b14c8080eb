import * as z from 'zod/mini';
import { parseDelimited } from './parse-delimited';

/**
 * A CSV file the project keeps, with a fixed header and every row
 * validated: its records with their lines, or an error that names the file
 * and the line of the first bad row ("data/population.csv, line 17: …").
 * Such files must be clean, so nothing is set aside.
 */
export function parseCsvRecords<Schema extends z.ZodMiniType>(
  text: string,
  where: string,
  columns: readonly string[],
  schema: Schema,
): { line: number; record: z.output<Schema> }[] {
  const [header, ...rows] = parseDelimited(text);
  if (!header || header.fields.join(',') !== columns.join(',')) {
    throw new Error(`${where}: expected the header "${columns.join(',')}"${header ? `, found "${header.fields.join(',')}"` : ''}`);
  }
  return rows.map(({ line, fields }) => {
    if (fields.length !== columns.length) throw new Error(`${where}, line ${line}: ${fields.length} fields where the header has ${columns.length}`);
    const parsed = schema.safeParse(Object.fromEntries(columns.map((column, i) => [column, fields[i]])));
    if (!parsed.success) throw new Error(`${where}, line ${line}: ${z.prettifyError(parsed.error)}`);
    return { line, record: parsed.data };
  });
}
