/**
 * The words of "About these figures", in English. They load with the About
 * panel, not with the page; about-cy.ts has exactly these keys (checked by
 * test/i18n/catalogue.test.ts).
 */
export const aboutEn = {
  title: 'About these figures',
  close: 'Close',
  count: 'What the figures count',
  origin: 'Where they come from',
  released: (source: string, date: string, licence: string) => `${source}; released ${date}. Licence: ${licence}.`,
  sourceUse: (release: string, figures: number, totals: number, url: string) =>
    `${release}: ${figures > 0 ? `${figures.toLocaleString('en-GB')} ${figures === 1 ? 'figure' : 'figures'}` : totals === 1 ? 'a published total only' : 'published totals only'} (${url})`,
  publisherPage: 'The publisher’s page for these figures',
  leftOut: 'What is left out, and why',
  nothingLeftOut: 'Nothing: every force has a figure for every year shown.',
  partYear: (year: string, part: string) => `${year}: ${part} published in this release, so the year is left out rather than shown as a whole year.`,
  bodyLeftOut: (body: string, rows: string) => `${body}: in the table (${rows} rows) but polices no area of this map, so its figures are left out.`,
  notMapped: (count: number, reasons: string) =>
    `${count} ${count === 1 ? 'series is' : 'series are'} not mapped: ${reasons}. The offence picker lists each with its reason.`,
  notMappedOr: '; or ',
  notMappedZero: 'no force has a yearly total other than 0 in any full year (most are the Home Office\'s "outcomes only" codes)',
  notMappedNational: 'only the national fraud bodies record it',
  notMappedPartYear: (year: string, part: string) => `it is counted only from ${year}, of which this release holds ${part}`,
  forcesWithFigures: (count: number) =>
    `${count} of the 43 forces have at least one figure here; a force or year with none is hatched as not published, never shown as 0.`,
  areas: 'Police force areas',
  areasText:
    'England and Wales are policed by 43 territorial forces, each over its own area: the police force areas (PFAs). The Metropolitan Police cover Greater London but for the City of London, which has a force of its own. Boundaries: Office for National Statistics, Police Force Areas (December 2022), generalised, Open Government Licence v3.0.',
  rates: 'How rates are worked out',
  ratesText: (per: string) => [
    `A rate is the figure ${per}: the force’s figure divided by its population, from the ONS mid-year estimate of the year the financial year starts in (2016/17 uses mid-2016), never borrowed from another year.`,
    'Estimates for mid-2012 to mid-2021 are summed from local authorities; those for mid-2022 are rounded to the nearest 100, and there is none for the City of London, so its 2022/23 rate is not available.',
    'The estimates for mid-2012 to mid-2020 are those the ONS made before it revised them after Census 2021, so rates step a little between 2020/21 and 2021/22.',
    'A region’s or England and Wales’ rate adds up the figures of the forces with both a figure and a population estimate and divides by their people; the profile says which forces were left out.',
    'Rates are per 1,000 people for all crime and the offence groups (as the ONS gives police force area crime rates) and per 100,000 for subgroups, single offences and other figures, which are far smaller.',
  ],
  changes: 'How changes are worked out',
  changesText: [
    'Change from the previous year: this year’s figure against the year before, in per cent. Change since a year: against the year chosen. Neither is shown where either figure is missing, or where the earlier one is 0 (a change from nothing has no per cent).',
    'Financial years run from 1 April to 31 March; the Home Office publishes figures by quarter, and here they are summed to years.',
  ],
  status: 'How far the figures can be trusted',
  statusText: [
    'Police recorded crime figures are official statistics, but not accredited official statistics: the UK Statistics Authority withdrew their accreditation (then called National Statistics status) in 2014 over the quality of police crime recording, and it has not been restored.',
    'The ONS and the Home Office caution that recorded crime is a poor guide to trends for many offences: after His Majesty’s Inspectorate of Constabulary found in 2014 that forces under-recorded crime, forces improved their recording, and more victims came forward, so that a rise may reflect better recording rather than more crime. A large change in one force, such as a rise of several hundred per cent in sexual offences, should be read with this in mind.',
  ],
  statusLink: 'The ONS on police recorded crime and its quality',
  breaks: 'Breaks in this series',
  noBreaks: 'None known: the Home Office table shows no offence code moving in or out of this series in the years shown.',
  someBreaks:
    'What this series counts changes between these years, so a change across them compares different things. The profile marks the break, and a change whose base year is before it says so.',
  breakAfter: (after: string, what: string) => `After ${after}: ${what}.`,
  intervals: 'Is a difference real? Intervals',
  intervalsText: [
    'Counts of offences vary from year to year by chance as well as for a reason. Each rate is given with its 95% interval, worked out exactly (Garwood’s method), taking the count as a Poisson count; a change is given with the 95% interval of the ratio of the two years’ counts (the exact conditional method, as R’s poisson.test). A change whose interval includes no change is within year-to-year variation, and the change maps draw it lighter.',
    '"Compared with England and Wales" places each force’s rate interval against the England and Wales rate of the same year, taken as fixed, as the public health profiles of the Office for Health Improvement and Disparities (Fingertips) do: higher or lower where the interval lies wholly above or below it, similar where it overlaps.',
    'A count under 10 carries a caution (small number: the rate is unstable), as the ONS and OHID give one.',
  ],
  currency: 'How current these figures are',
  currencyText: (label: string, file: string, lastYear: string, page: string) => [
    `These figures are from the ${label} (${file}); its last full year is ${lastYear}.`,
    `The Home Office publishes newer releases on its page "Police recorded crime and outcomes open data tables" (${page}), as a spreadsheet named like prc-pfa-mar2013-onwards-tables-DDMMYY.ods. Download it, open "Map your own figures" and drop the file here to map it: it is read in this browser and never uploaded.`,
  ],
};

export type AboutWords = typeof aboutEn;
