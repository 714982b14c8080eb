import type { PanelWords } from './panels-en';

/** The words of the Download and Share panels and of what Download makes, in Welsh: the same keys as panels-en.ts. */
export const panelsCy: PanelWords = {
  download: {
    pictureSize: 'Maint y llun',
    sizes: {
      screen: 'Fel ar y sgrin',
      'social-card': 'Cerdyn cyfryngau cymdeithasol, 1200 × 675',
      square: 'Sgwâr, 1080 × 1080',
      portrait: 'Portread, 1080 × 1350',
    },
    yearShown: 'Map y flwyddyn a ddangosir',
    everyYearZip: 'Pob blwyddyn (ZIP)',
    everyYearInOne: 'Pob blwyddyn mewn un llun',
    smallMultiples: (format) => `Mapiau bach (${format})`,
    figures: 'Ffigurau',
    tableCsv: 'Tabl (CSV)',
    allFiguresCsv: 'Pob ffigur (CSV)',
    altText: 'Testun amgen',
    copyDescription: 'Copïo’r disgrifiad',
    picturesMade: 'Lluniau a wnaed',
    cancel: 'Canslo',
    saved: (file, width, height, kilobytes, adjustment) =>
      `Wedi cadw ${file} (${width} × ${height} px, ${kilobytes} KB)${adjustment ? `: ${adjustment}` : ''}.`,
    savedFile: (file) => `Wedi cadw ${file}.`,
    savedZip: (file, files) => `Wedi cadw ${file}: ${files} llun, un ar gyfer pob blwyddyn.`,
    savedRows: (file, rows) => `Wedi cadw ${file}: ${rows} rhes, pob heddlu yn y golwg ym mhob blwyddyn.`,
    zipBusy: (progress) => `Mae ZIP yn cael ei wneud yn barod (${progress}); mae Canslo yn ei atal.`,
    zipStarting: 'yn dechrau',
    zipProgress: (done, total) => `${done} o ${total} blwyddyn wedi’u lluniadu`,
    drawing: (year, total, busy) => `Yn lluniadu blwyddyn ${year} o ${total}…${busy ? ' Mae ZIP yn cael ei wneud yn barod; mae Canslo yn ei atal.' : ''}`,
    cancelled: 'Wedi canslo.',
    copied: (description) => `Wedi copïo disgrifiad y map: ${description}`,
    copyFailed: (description) => `Nid oedd modd defnyddio’r clipfwrdd; dewiswch a chopïwch y disgrifiad: ${description}`,
    preparing: 'Wrthi’n paratoi…',
    failed: (reason) => `Methodd yr allforio: ${reason}`,
    notOnScreen: (width) => `nid yw’r map ar y sgrin, felly caiff ei luniadu ${width} px o led`,
    narrowScreen: (shown, width) => `mae’r map yn ${shown} px o led ar y sgrin, felly caiff ei luniadu ${width} px o led`,
  },
  csv: { source: 'Ffynhonnell', release: 'Datganiad' },
  eachYearClasses:
    'Mae gan bob map ei ddosbarthiadau ei hun, wedi’u gwneud o ffigurau’r flwyddyn honno yn unig: mae lliw yn golygu ffigurau eraill mewn blynyddoedd eraill.',
  share: {
    link: 'Dolen i’r olwg hon',
    code: 'Cod i fewnosod yr olwg hon',
    copied: 'Wedi copïo.',
    copyYourself: 'Dewiswch y testun a’i gopïo.',
    copyLink: 'Copïo’r ddolen',
    embed: 'Ei fewnosod mewn tudalen',
    copyCode: 'Copïo’r cod mewnosod',
    embedKeeps: 'Mae’r map wedi’i fewnosod yn cadw’r teitl, yr allwedd, y blynyddoedd a’r ffynhonnell.',
  },
};
