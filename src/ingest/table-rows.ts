import { importWords } from '../i18n/import-words';
import type { FigureRow } from './figure-rows';

/**
 * The checks a row's field count allows before any field is read. Too few
 * fields: the figure is not there. Too many, with something in the extra
 * ones: the fields have probably shifted (a number such as 1,154 written
 * without quotes), so no field can be trusted to be what its header says.
 * Extra fields that are all empty are only trailing delimiters.
 */
export function hasExtraFields(fields: readonly string[], headerLength: number): boolean {
  for (let i = headerLength; i < fields.length; i++) if (fields[i]!.trim() !== '') return true;
  return false;
}

export function tooManyFields(found: number, headerLength: number): NonNullable<FigureRow['malformed']> {
  return {
    reason: 'too-many-fields',
    message: importWords().rows.tooManyFields(found, headerLength),
  };
}

export function tooFewFields(found: number, headerLength: number, detail = ''): NonNullable<FigureRow['malformed']> {
  return { reason: 'too-few-fields', message: `${importWords().rows.tooFewFields(found, headerLength)}${detail}` };
}
