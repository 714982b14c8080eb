import type { NotMappedReason } from '../datasets/offence-catalog';
import type { Region } from '../forces/force-table';
import type { MissingDatasetWhy } from '../state/url-notices';
import { partYear } from './en';

/** "the South West region"; "Wales". */
const regionPhrase = (region: Region) => (region === 'Wales' ? 'Wales' : `the ${region} region`);

/** Why a link's dataset is not here (app/dataset-registry.ts decides which). */
const MISSING_DATASET: Record<MissingDatasetWhy, string> = {
  'no-such-dataset': 'there is no such dataset here',
  unreadable: 'figures imported earlier in this tab could not be read back',
  quota: "figures imported earlier in this tab could not be kept, because the browser's storage for this tab was full",
  unavailable: 'this browser does not let the page keep imported figures (its storage is switched off), so a reload loses them',
  refused: 'the browser refused to keep figures imported earlier in this tab',
  'other-tab': 'imported figures stay only in the browser tab they were imported in, until it is closed',
};

/**
 * Why a part of the link was not used, and why a Home Office series is not
 * on the map, in English (view-model/notice-text.ts). They load with the
 * first notice or the offence picker, not with the page; notices-cy.ts
 * has exactly these keys (test/i18n/catalogue.test.ts).
 */
export const noticesEn = {
  dismiss: (param: string) => `Dismiss the notice about ${param}`,
  /** Text from the link comes in isolated and shortened (view-model/notice-text.ts). */
  ignored: (param: string, raw: string, reason: string) => `Ignored "${param}=${raw}": ${reason}`,
  more: (unknown: number, repeated: number) => {
    const count = (n: number) => `${n.toLocaleString('en-GB')} more parameter${n === 1 ? '' : 's'}`;
    const notRecognised = unknown > 0 ? `${count(unknown)} ${unknown === 1 ? 'was' : 'were'} not recognised` : '';
    const given =
      repeated > 0
        ? `${unknown > 0 ? `${repeated.toLocaleString('en-GB')} more` : count(repeated)} ${repeated === 1 ? 'was' : 'were'} given more than once`
        : '';
    return `And ${[notRecognised, given].filter(Boolean).join(', and ')}.`;
  },
  oneOf: (key: string, values: string) => `${key} must be one of ${values}.`,
  datasetId: 'dataset must be a dataset id such as home-office or nspcc-foi (lower-case letters, digits and hyphens).',
  offenceId:
    'offence must be a Home Office offence code such as 86 or 8Q, a group such as group:sexual-offences, a subgroup such as subgroup:rape-offences, or all.',
  financialYear: (key: string) => `${key} must be a financial year such as 2016-17.`,
  classes: (min: number, max: number) => `classes must be a whole number from ${min} to ${max}.`,
  breaksCount: (min: number, max: number, count: number) => `breaks can hold ${min} to ${max} numbers (for up to ${max + 1} classes), not ${count}.`,
  breaksEmpty: 'breaks must be numbers separated by commas, such as 100,200,400, with none left empty.',
  breaksNotNumber: (part: string) => `breaks must be numbers separated by commas, such as 100,200,400; "${part}" is not a number.`,
  breaksNotRising: (before: string, after: string) => `breaks must rise from left to right, such as 100,200,400; ${after} does not come after ${before}.`,
  paletteId: 'palette must be a palette id (lower-case letters, digits and hyphens).',
  noPalettes: 'palette cannot be chosen: no palettes are available.',
  /** `example` is "dorset or E23000039" when the map has forces. */
  force: (count: number, example: string | undefined, suggestion: string | undefined) =>
    `force must name one of the ${count} police force areas of England and Wales${example ? `, such as ${example}` : ''}${suggestion ? `. Did you mean ${suggestion}?` : '.'}`,
  forceExample: (slug: string, code: string) => `${slug} or ${code}`,
  forceNoArea: (count: number, example: string | undefined, body: string) =>
    `force must name one of the ${count} police force areas of England and Wales${example ? `, such as ${example}` : ''}; ${body} polices no area on this map.`,
  pinsNotForce: (max: number, example: string | undefined, part: string) =>
    `pins must name up to ${max} police force areas, separated by commas${example ? `, such as ${example}` : ''}; "${part}" is not one.`,
  pinsTooMany: (max: number, example: string | undefined, count: number) =>
    `pins must name up to ${max} police force areas, separated by commas${example ? `, such as ${example}` : ''}, not ${count}.`,
  textTooLong: (key: string, limit: number, length: number) => `${key} can be at most ${limit} characters long; this one has ${length}.`,
  regionOfForce: (force: string, region: Region, asked: Region) =>
    `the force ${force} is in ${regionPhrase(region)}, not ${regionPhrase(asked)}, and a chosen force decides the region.`,
  manualNeedsBreaks: (breaksInvalid: boolean) => `manual classes need ${breaksInvalid ? 'valid ' : ''}breaks, such as breaks=100,200,400.`,
  /** `first` is "" when the copy that counts is empty. */
  repeated: (key: string, first: string) =>
    `${key} is given more than once, and ${first === '' ? 'the first, which is empty,' : `the first, "${first}",`} counts.`,
  misspelt: (name: string, meant: string) => `there is no parameter "${name}"; did you mean ${meant}?`,
  datasetMissing: (why: MissingDatasetWhy, fallback: string) => `${MISSING_DATASET[why]}, so ${fallback} is shown.`,
  /** `shown` is "Child abuse image offences (code 86)", or undefined when the default offence is not on offer either. */
  offenceNotOffered: (name: string, why: string, shown: string | undefined) => `${name} is not mapped: ${why}. ${shown ?? 'The default offence'} is shown.`,
  offenceUnknown: (offence: string, shown: string | undefined) =>
    `the Home Office table has no offence "${offence}"; choose one from the offence picker. ${shown ?? 'The default offence'} is shown.`,
  offenceShown: (name: string, id: string) => `${name} (code ${id})`,
  yearMissing: (year: string, part: string | undefined, shown: { year: string; opening: boolean } | undefined) =>
    `${part ? `${year} is left out: ${part} published in this release` : `this dataset has no figures for ${year}`}, so ${
      shown === undefined
        ? 'no year is shown'
        : shown.opening
          ? `${shown.year}, the latest year with figures for most forces, is shown`
          : `the latest year, ${shown.year}, is shown`
    }.`,
  baseMissing: (base: string, first: string | undefined) =>
    `this dataset has no figures for ${base}, so ${first === undefined ? 'there is no year to compare with' : `change is measured from its first year, ${first}`}.`,
  notValid: (key: string) => `${key} is not valid.`,
  /** Why a Home Office series is not on the map (the offence picker, a link's notice). */
  notMapped: (reason: NotMappedReason) => {
    switch (reason.kind) {
      case 'recorded-nationally':
        return 'recorded nationally, not by police force area';
      case 'part-year':
        return `counted only from ${reason.year}, of which this release holds ${partYear(reason.quarters)}`;
      case 'outcomes-only':
        return 'the Home Office describes it as outcomes only: no force has a yearly total other than 0 in any year';
      case 'all-zero':
        return 'no force has a yearly total other than 0 in any full year';
    }
  },
};

export type NoticeWords = typeof noticesEn;
