import { capitalised } from './language';
import type { DescriptionWords } from './description-en';
import { unitOf } from './welsh-grammar';

/** The words of the map's description in Welsh: the same keys as description-en.ts. */
export const descriptionCy: DescriptionWords = {
  and: 'a',
  map: (measure, area, year) => `Map fesul ardal heddlu: ${measure}, ${area}, ${year}.`,
  highest: (names, figure) => `Uchaf: ${names}, ${figure}.`,
  lowest: (names, figure) => `Isaf: ${names}, ${figure}.`,
  noFigure: (force) => `${force}: dim ffigur.`,
  place: (force, figure, rank, of) => `${force}: ${figure}, safle ${rank} o ${of} heddlu â ffigur (1 yw’r uchaf).`,
  oneHasFigure: 'Mae gan yr heddlu ffigur.',
  allHaveFigures: (count) => `Mae gan bob un o’r ${count} heddlu ffigur.`,
  noFigures: (count, named) => `Nid oes gan ${count} heddlu ffigur${named}.`,
  partOf: (counted) => ` (y ${counted} heddlu sydd â ffigur)`,
  wholeNoFigure: 'Cymru a Lloegr: dim ffigur.',
  wholeTotal: (figure, partOf) => `Cymru a Lloegr: ${figure} i gyd${partOf}.`,
  wholeRate: (figure, partOf) => `Cymru a Lloegr: ${figure}${partOf}.`,
  wholeComparedWith: (rate, partOf) => `Cymru a Lloegr, y gyfradd y cymharir pob heddlu â hi: ${rate}${partOf}.`,
  wholeNoChange: 'Cymru a Lloegr: dim ffigur (nid oes gan bob heddlu un yn y ddwy flynedd).',
  noChange: (unit, previous) =>
    `${capitalised(unitOf(unit))}: ni ellir cyfrifo newid ers y flwyddyn cynt${previous ? ` (nid oes ffigur ar gyfer ${previous})` : ''}.`,
  unchanged: (unit, previous) => `${capitalised(unitOf(unit))}: dim newid ers ${previous}.`,
  upDown: (unit, up, change, previous) => `${capitalised(unitOf(unit))}: ${up ? 'i fyny' : 'i lawr'} ${change} ers ${previous}.`,
  allYears: (first, last, latest) => `Mapiau bach, un ar gyfer pob blwyddyn o ${first} i ${last}, yn yr un lliwiau. Y diweddaraf: ${latest}`,
};
