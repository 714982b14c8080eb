import type { Region } from '../forces/force-table';
import type { MissingDatasetWhy } from '../state/url-notices';
import type { NoticeWords } from './notices-en';
import { partYear } from './welsh-grammar';
import { WELSH_REGION_NAMES } from './welsh-place-names';

/** "yng Nghymru"; "yn rhanbarth De-orllewin Lloegr". */
const regionPlace = (region: Region) => (region === 'Wales' ? 'yng Nghymru' : `yn rhanbarth ${WELSH_REGION_NAMES[region]}`);

/** Why a link's dataset is not here (app/dataset-registry.ts decides which). */
const MISSING_DATASET: Record<MissingDatasetWhy, string> = {
  'no-such-dataset': 'nid oes set ddata o’r fath yma',
  unreadable: 'nid oedd modd darllen yn ôl y ffigurau a fewnforiwyd yn gynharach yn y tab hwn',
  quota: 'nid oedd modd cadw’r ffigurau a fewnforiwyd yn gynharach yn y tab hwn, gan fod storfa’r porwr ar gyfer y tab hwn yn llawn',
  unavailable: 'nid yw’r porwr hwn yn gadael i’r dudalen gadw ffigurau a fewnforiwyd (mae ei storfa wedi’i diffodd), felly mae ail-lwytho yn eu colli',
  refused: 'gwrthododd y porwr gadw’r ffigurau a fewnforiwyd yn gynharach yn y tab hwn',
  'other-tab': 'dim ond yn y tab porwr y cawsant eu mewnforio ynddo y mae ffigurau a fewnforiwyd yn aros, nes ei gau',
};

/** The notices' words and why a series is not mapped, in Welsh: the same keys as notices-en.ts. */
export const noticesCy: NoticeWords = {
  dismiss: (param) => `Cau’r hysbysiad am ${param}`,
  // The link's own words (parameter names, values, slugs, codes) stay as the link writes them.
  ignored: (param, raw, reason) => `Anwybyddwyd "${param}=${raw}": ${reason}`,
  more: (unknown, repeated) => {
    const notRecognised = unknown > 0 ? `${unknown.toLocaleString('en-GB')} paramedr arall heb ${unknown === 1 ? 'ei adnabod' : 'eu hadnabod'}` : '';
    const given =
      repeated > 0
        ? `${repeated.toLocaleString('en-GB')} ${unknown > 0 ? 'arall' : 'paramedr arall'} ${repeated === 1 ? 'wedi’i roi' : 'wedi’u rhoi'} fwy nag unwaith`
        : '';
    return `Hefyd: ${[notRecognised, given].filter(Boolean).join('; ')}.`;
  },
  oneOf: (key, values) => `rhaid i ${key} fod yn un o ${values}.`,
  datasetId: 'rhaid i dataset fod yn ddynodwr set ddata fel home-office neu nspcc-foi (llythrennau bach, digidau a chysylltnodau).',
  offenceId:
    'rhaid i offence fod yn god trosedd y Swyddfa Gartref fel 86 neu 8Q, yn grŵp fel group:sexual-offences, yn is-grŵp fel subgroup:rape-offences, neu’n all.',
  financialYear: (key) => `rhaid i ${key} fod yn flwyddyn ariannol fel 2016-17.`,
  classes: (min, max) => `rhaid i classes fod yn rhif cyfan o ${min} i ${max}.`,
  breaksCount: (min, max, count) => `gall breaks gynnwys ${min} i ${max} rhif (ar gyfer hyd at ${max + 1} dosbarth), nid ${count}.`,
  breaksEmpty: 'rhaid i breaks fod yn rhifau wedi’u gwahanu gan atalnodau, fel 100,200,400, heb adael yr un yn wag.',
  breaksNotNumber: (part) => `rhaid i breaks fod yn rhifau wedi’u gwahanu gan atalnodau, fel 100,200,400; nid yw "${part}" yn rhif.`,
  breaksNotRising: (before, after) => `rhaid i breaks godi o’r chwith i’r dde, fel 100,200,400; nid yw ${after} yn dod ar ôl ${before}.`,
  paletteId: 'rhaid i palette fod yn ddynodwr palet (llythrennau bach, digidau a chysylltnodau).',
  noPalettes: 'nid oes modd dewis palette: nid oes paletau ar gael.',
  force: (count, example, suggestion) =>
    `rhaid i force enwi un o’r ${count} ardal heddlu yng Nghymru a Lloegr${example ? `, fel ${example}` : ''}${suggestion ? `. Oeddech chi’n golygu ${suggestion}?` : '.'}`,
  forceExample: (slug, code) => `${slug} neu ${code}`,
  forceNoArea: (count, example, body) =>
    `rhaid i force enwi un o’r ${count} ardal heddlu yng Nghymru a Lloegr${example ? `, fel ${example}` : ''}; nid yw ${body} yn plismona unrhyw ardal ar y map hwn.`,
  pinsNotForce: (max, example, part) =>
    `rhaid i pins enwi hyd at ${max} ardal heddlu, wedi’u gwahanu gan atalnodau${example ? `, fel ${example}` : ''}; nid yw "${part}" yn un ohonynt.`,
  pinsTooMany: (max, example, count) =>
    `rhaid i pins enwi hyd at ${max} ardal heddlu, wedi’u gwahanu gan atalnodau${example ? `, fel ${example}` : ''}, nid ${count}.`,
  textTooLong: (key, limit, length) => `gall ${key} fod yn ${limit} nod o hyd ar y mwyaf; mae gan hwn ${length}.`,
  regionOfForce: (force, region, asked) =>
    `mae ${force} ${regionPlace(region)}, nid ${regionPlace(asked)}, ac mae heddlu a ddewiswyd yn penderfynu’r rhanbarth.`,
  manualNeedsBreaks: (breaksInvalid) => `mae angen breaks${breaksInvalid ? ' dilys' : ''} ar doriadau â llaw, fel breaks=100,200,400.`,
  repeated: (key, first) => `rhoddir ${key} fwy nag unwaith, a’r cyntaf${first === '' ? ', sy’n wag,' : `, "${first}",`} sy’n cyfrif.`,
  misspelt: (name, meant) => `nid oes paramedr "${name}"; oeddech chi’n golygu ${meant}?`,
  datasetMissing: (why, fallback) => `${MISSING_DATASET[why]}, felly dangosir ${fallback}.`,
  offenceNotOffered: (name, why, shown) => `nid yw ${name} ar y map: ${why}. Dangosir ${shown ?? 'y drosedd ddiofyn'}.`,
  offenceUnknown: (offence, shown) =>
    `nid oes trosedd "${offence}" yn nhabl y Swyddfa Gartref; dewiswch un yn y dewisydd troseddau. Dangosir ${shown ?? 'y drosedd ddiofyn'}.`,
  offenceShown: (name, id) => `${name} (cod ${id})`,
  yearMissing: (year, part, shown) =>
    `${part ? `gadawyd ${year} allan: ${part} a gyhoeddwyd yn y datganiad hwn` : `nid oes gan y set ddata hon ffigurau ar gyfer ${year}`}, felly ${
      shown === undefined
        ? 'ni ddangosir unrhyw flwyddyn'
        : shown.opening
          ? `dangosir ${shown.year}, y flwyddyn ddiweddaraf â ffigurau ar gyfer y rhan fwyaf o heddluoedd`
          : `dangosir y flwyddyn ddiweddaraf, ${shown.year}`
    }.`,
  baseMissing: (base, first) =>
    `nid oes gan y set ddata hon ffigurau ar gyfer ${base}, felly ${first === undefined ? 'nid oes blwyddyn i gymharu â hi' : `mesurir newid o’i blwyddyn gyntaf, ${first}`}.`,
  notValid: (key) => `nid yw ${key} yn ddilys.`,
  notMapped: (reason) => {
    switch (reason.kind) {
      case 'recorded-nationally':
        return 'wedi’i gofnodi’n genedlaethol, nid fesul ardal heddlu';
      case 'part-year':
        return `mae’n cael ei gyfrif o ${reason.year} yn unig, ac mae’r datganiad hwn yn cynnwys ${partYear(reason.quarters)} o’r flwyddyn honno`;
      case 'outcomes-only':
        return 'mae’r Swyddfa Gartref yn ei ddisgrifio fel canlyniadau yn unig ("outcomes only"): nid oes gan yr un heddlu gyfanswm blynyddol heblaw 0 mewn unrhyw flwyddyn';
      case 'all-zero':
        return 'nid oes gan yr un heddlu gyfanswm blynyddol heblaw 0 mewn unrhyw flwyddyn lawn';
    }
  },
};
