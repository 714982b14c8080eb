/**
 * The words of the Download and Share panels and of what Download makes
 * (the table CSV's own columns, the small multiples' note), in English.
 * They load with those panels and the small maps, not with the page; panels-cy.ts has
 * exactly these keys (checked by test/i18n/catalogue.test.ts). Numbers
 * come in written as both languages write them.
 */
export const panelsEn = {
  download: {
    pictureSize: 'Picture size',
    sizes: { screen: 'As on screen', 'social-card': 'Social card, 1200 × 675', square: 'Square, 1080 × 1080', portrait: 'Portrait, 1080 × 1350' },
    yearShown: 'The map of the year shown',
    everyYearZip: 'Every year (ZIP)',
    everyYearInOne: 'Every year in one picture',
    smallMultiples: (format: string) => `Small multiples (${format})`,
    figures: 'Figures',
    tableCsv: 'Table (CSV)',
    allFiguresCsv: 'All figures (CSV)',
    altText: 'Alt text',
    copyDescription: 'Copy description',
    picturesMade: 'Pictures made',
    cancel: 'Cancel',
    saved: (file: string, width: string, height: string, kilobytes: string, adjustment: string | undefined) =>
      `Saved ${file} (${width} × ${height} px, ${kilobytes} KB)${adjustment ? `: ${adjustment}` : ''}.`,
    savedFile: (file: string) => `Saved ${file}.`,
    savedZip: (file: string, files: number) => `Saved ${file}: ${files} pictures, one a year.`,
    savedRows: (file: string, rows: string) => `Saved ${file}: ${rows} rows, every force in view in every year.`,
    zipBusy: (progress: string) => `A ZIP is being made already (${progress}); Cancel stops it.`,
    zipStarting: 'starting',
    zipProgress: (done: number, total: number) => `${done} of ${total} years drawn`,
    drawing: (year: number, total: number, busy: boolean) => `Drawing year ${year} of ${total}…${busy ? ' A ZIP is being made already; Cancel stops it.' : ''}`,
    cancelled: 'Cancelled.',
    copied: (description: string) => `Copied the description of the map: ${description}`,
    copyFailed: (description: string) => `The clipboard could not be used; select and copy the description: ${description}`,
    preparing: 'Preparing…',
    failed: (reason: string) => `The export failed: ${reason}`,
    /** Why a picture is not the screen's width (export/export-sizes.ts). */
    notOnScreen: (width: number) => `the map is not on screen, so it is drawn ${width} px wide`,
    narrowScreen: (shown: number, width: number) => `the map is ${shown} px wide on screen, so it is drawn ${width} px wide`,
  },
  /** The table CSV's columns after the table's own (its data, codes and figures, stay as published). */
  csv: { source: 'Source', release: 'Release' },
  /** Small multiples whose years each have classes of their own. */
  eachYearClasses: 'Each map has classes of its own, made from that year’s figures alone: a colour means other figures in other years.',
  /** The offence picker's panel (the Home Office figures). Offence and group names stay as the Home Office publishes them. */
  offences: {
    dialog: 'Choose an offence',
    find: 'Find an offence',
    placeholder: 'Code, offence or group: 86, burglary, sexual…',
    list: 'Offences',
    loading: 'Loading the offences…',
    failed: (reason: string) => `The list of offences could not be loaded (${reason}). Close this and try again.`,
    noMatch: (query: string) => `No mapped offence matches “${query}”.`,
    count: (count: number) => `${count} ${count === 1 ? 'offence' : 'offences'}`,
    notOnMap: 'Not on the map',
  },
  /** The "Edit text" panel. */
  edit: {
    close: 'Close',
    cancel: 'Cancel',
    apply: 'Apply',
    intro: 'Your words are shown on the page and in every download, as typed. Left empty, the default words are used.',
    fields: { title: 'Title', subtitle: 'Subtitle', note: 'Note', credit: 'Credit or byline' },
    length: (length: number, limit: number) => `${length} of ${limit} characters`,
    tooLong: (over: number, limit: number) => `${over} characters too long: at most ${limit} are kept in the link. Shorten it to apply.`,
    notApplied: (fields: string) => `Too long to keep in the link: ${fields}. Shorten it, then apply.`,
    valueLabels: 'Value labels on the map',
    pinsNote: (most: number) => `The chosen force is always labelled. Label up to ${most} more.`,
    pinList: 'Forces labelled with their values',
    forceToLabel: 'Force to label',
    labelForce: 'Label this force',
    remove: 'Remove',
    removeLabel: (force: string) => `Remove the label of ${force}`,
    willBeLabelled: (force: string) => `${force} will be labelled.`,
  },
  share: {
    link: 'Link to this view',
    code: 'Code to embed this view',
    copied: 'Copied.',
    copyYourself: 'Select the text and copy it.',
    copyLink: 'Copy link',
    embed: 'Embed it in a page',
    copyCode: 'Copy embed code',
    embedKeeps: 'The embedded map keeps the title, legend, years and source.',
  },
};

export type PanelWords = typeof panelsEn;
