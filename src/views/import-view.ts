import type { KeepFailure } from '../state/kept-imports';
import type { Dataset } from '../datasets/dataset';
import { saveFile } from '../export/rasterise';
import type { ForceTable } from '../forces/force-table';
import { createForceNameResolver } from '../forces/resolve-force-name';
import { formatCount } from '../format/format-number';
import { visibleTitle, visibleUserText } from '../format/user-text';
import { createImportClient } from '../ingest/import-client';
import type { ImportOptions } from '../ingest/import-options';
import type { ImportOutcome, ImportResult } from '../ingest/import-result';
import { describeRowError, ERROR_REASONS, rowsRejected, rowsWithErrors, type ErrorReason, type UnknownName } from '../ingest/ingest-report';
import { el, labelled } from './dom';
import { messageNodes } from './message-nodes';

/**
 * Shows an imported dataset, in place of the one shown under `replacing` if
 * given (the same import shown again); gives its id, and says whether it
 * will outlast a reload of the tab, and if not, why.
 */
export type UseImported = (dataset: Dataset, replacing: string | undefined) => { id: string } & ({ kept: true } | { kept: false; failure: KeepFailure });

/** Longer pasted text is read at once rather than put in the box (about 5,000 lines of a tidy table). */
const PASTE_SHOWN_LENGTH = 100_000;

/** How many rejected rows are listed at once; the next page is a click away, and all of them a download. */
const ERRORS_PER_PAGE = 200;

const SHAPE_NAMES: Record<ImportResult['shape'], string> = {
  tidy: 'a tidy table (force, year, value)',
  wide: 'a wide table (a column per year)',
  'home-office': 'the Home Office police recorded crime open-data table',
};

const REASON_NAMES: Record<ErrorReason, string> = {
  'unknown-force': 'unknown force',
  'bad-year': 'not a financial year',
  'year-out-of-range': 'year out of range',
  'bad-quarter': 'not a quarter',
  'non-numeric': 'not a number',
  negative: 'negative',
  'too-large': 'too large',
  duplicate: 'duplicate',
  'too-few-fields': 'too few fields',
  'too-many-fields': 'too many fields',
};

const NOT_KEPT: Record<KeepFailure, string> = {
  quota: "This tab's storage in the browser is full, so it could not be kept: a reload will lose it.",
  unavailable: 'This browser does not let the page keep anything, so a reload will lose it.',
  refused: 'The browser would not keep it, so a reload will lose it.',
};

/** Counts as the rest of the page writes them ("1,154"): Intl's first use on the page would cost a long task of its own. */
const count = formatCount;

/**
 * Bring your own figures: a file picker, drag-and-drop or pasted text,
 * read in a web worker with a progress bar; then the validation report,
 * the Home Office offence picker, hand mapping of unknown force names,
 * and a title and unit, before anything is drawn. What the file says is
 * shown as text, each piece in a <bdi>.
 */
export class ImportView {
  readonly element: HTMLElement;
  private readonly progress = el('progress', { class: 'import-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Reading the file' });
  private readonly status = el('p', { class: 'import-status', role: 'status' });
  private readonly cancel = el('button', { type: 'button', class: 'import-cancel', hidden: true }, ['Cancel']);
  private readonly result = el('div', { class: 'import-result' });
  private readonly client = createImportClient(() => new Worker(new URL('../ingest/import-worker.ts', import.meta.url), { type: 'module' }));
  private readonly resolver;
  private input: Blob | string | undefined;
  private options: ImportOptions = {};
  /** The sheets of the workbook being imported, once read: kept so that a sheet picked with no table in it can be swapped for another. */
  private sheets: readonly string[] | undefined;
  /** Set by "Read this sheet": the result of that read is announced, and the keyboard goes back to the list. */
  private sheetPicked = false;
  /** The import on screen: an answer to an earlier one (a file since replaced) is dropped. */
  private runs = 0;

  constructor(
    private readonly forces: ForceTable,
    private readonly onUse: UseImported,
  ) {
    this.resolver = createForceNameResolver(forces);
    const fileInput = el('input', {
      type: 'file',
      id: 'import-file',
      accept:
        '.csv,.tsv,.txt,.ods,.xlsx,text/csv,text/plain,application/vnd.oasis.opendocument.spreadsheet,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) this.start(file, { fileName: file.name });
    });
    const paste = el('textarea', { id: 'import-paste', rows: 4, placeholder: 'force,year,value\nDorset,2020/21,212' });
    const readPaste = el('button', { type: 'button' }, ['Read the pasted table']);
    readPaste.addEventListener('click', () => this.start(paste.value, { fileName: 'pasted table' }));
    paste.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length <= PASTE_SHOWN_LENGTH) return;
      // Megabytes of text laid out in the box would hold the page for seconds: a long table is read at once, as a file is, and not put in the box.
      event.preventDefault();
      paste.value = '';
      // In a task of its own: the paste's task already holds the browser's read of megabytes from the clipboard.
      setTimeout(() => this.start(text, { fileName: 'pasted table' }));
    });
    const drop = el('div', { class: 'drop-zone', id: 'import-drop' }, [
      el('p', {}, ['Drop a CSV file or a spreadsheet (.ods, .xlsx) here, or choose one:']),
      labelled('CSV or spreadsheet file', fileInput),
    ]);
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('is-over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('is-over');
      const file = event.dataTransfer?.files[0];
      if (file) this.start(file, { fileName: file.name });
    });
    this.element = el('div', { class: 'import-body' }, [
      el('p', { class: 'privacy' }, ['Your file is read in this browser and stays here: nothing is uploaded anywhere.']),
      el('p', { class: 'import-help' }, [
        "Accepted: a tidy table (force, year, value), a wide table (a force column and one column per financial year), or the Home Office police recorded crime open-data table by police force area, as published (CSV, or the release as .ods). CSV, TSV, .ods or .xlsx, up to 64 MB; a workbook's sheets with the same header are read as one table.",
      ]),
      drop,
      labelled('Or paste a table', paste),
      readPaste,
      this.progress,
      this.cancel,
      this.status,
      this.result,
    ]);
    this.cancel.addEventListener('click', () => {
      // The answer to the import being read is no longer awaited, whatever comes.
      this.runs++;
      this.client.cancel();
      this.finishReading();
      this.status.textContent = 'Cancelled: nothing was imported, and the map shows what it showed before.';
    });
  }

  private start(input: Blob | string, options: ImportOptions): void {
    this.input = input;
    this.options = options;
    this.sheets = undefined;
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.input === undefined) return;
    const run = ++this.runs;
    this.progress.hidden = false;
    this.progress.value = 0;
    this.cancel.hidden = false;
    this.status.textContent = 'Reading…';
    this.result.replaceChildren();
    let outcome: ImportOutcome;
    let shownSheet: string | undefined;
    try {
      outcome = await this.client.importFile(this.input, this.options, (fraction, sheet) => {
        if (run !== this.runs) return;
        this.progress.value = fraction;
        if (sheet !== undefined && sheet !== shownSheet) {
          shownSheet = sheet;
          this.status.textContent = `Reading… sheet ${visibleUserText(sheet, 100)}`;
        }
      });
    } catch (error) {
      if (run !== this.runs) return;
      this.finishReading();
      this.showFailure(`The file could not be read: ${messageOf(error)}.`, () => void this.run());
      return;
    }
    if (run !== this.runs) return;
    // The answer was checked in the task that brought it: the report is drawn in a task of its own, so that neither holds the page long.
    await nextTask();
    if (run !== this.runs) return;
    this.finishReading();
    if (!outcome.ok) {
      this.showFailure(`This file cannot be imported: ${outcome.error}.`);
      // A sheet the reader picked may hold no table: the others stay a pick away.
      if (this.options.sheet !== undefined && this.sheets) {
        this.result.append(this.sheetPicker(this.sheets, this.options.sheet));
        if (this.sheetPicked) this.result.querySelector<HTMLElement>('#import-sheet')?.focus();
      }
      this.sheetPicked = false;
      return;
    }
    this.showResult(outcome);
  }

  private finishReading(): void {
    this.progress.hidden = true;
    this.cancel.hidden = true;
    this.status.textContent = '';
  }

  /** A failure, said as an alert; with a button to try again when trying again can help (not for a file's own problem). */
  private showFailure(message: string, retry?: () => void): void {
    const parts: HTMLElement[] = [el('p', { class: 'import-error', role: 'alert' }, messageNodes(message))];
    if (retry) {
      const again = el('button', { type: 'button', class: 'import-retry' }, ['Try again']);
      again.addEventListener('click', retry);
      parts.push(again);
    }
    this.result.replaceChildren(...parts);
  }

  private showResult(result: ImportResult): void {
    const { report } = result;
    const unit = result.counting === 'cells' ? 'figures (cells under year columns)' : 'rows';
    const summary = el('dl', { class: 'import-summary' }, [
      ...pair('Read as', SHAPE_NAMES[result.shape]),
      ...pair(`${capitalise(unit)} read`, count(report.rowsRead)),
      ...pair('Used', `${count(report.rowsUsed)}${report.notPublished ? ` (${count(report.notPublished)} marked as not published)` : ''}`),
      ...pair(
        'Rejected',
        `${count(rowsRejected(report))}: ${count(rowsWithErrors(report))} with an error, ${count(report.setAside['no-area'])} for bodies with no area on this map, ${count(report.setAside['offence-not-selected'])} for offences not chosen`,
      ),
      ...pair('Years', result.years.length ? `${result.years[0]} to ${result.years[result.years.length - 1]}` : 'none'),
      ...(result.workbook ? pair('Sheets', sheetsRead(result.workbook)) : []),
    ]);
    const parts: HTMLElement[] = [el('h3', {}, ['What was read']), summary];
    const workbook = result.workbook;
    // One table among several sheets: the reader may want another. The Home Office's sheets, a year each, are one table and need no pick.
    if (workbook && workbook.sheets.length > 1 && workbook.read.length === 1) {
      this.sheets = workbook.sheets;
      parts.push(this.sheetPicker(workbook.sheets, workbook.read[0]!));
    }
    for (const warning of result.warnings) parts.push(el('p', { class: 'import-warning' }, messageNodes(warning)));
    for (const partial of result.partialYears)
      parts.push(
        el('p', { class: 'import-warning' }, [`${partial.year} holds only ${partial.quarters} of 4 quarters: it is left out, not shown as a whole year.`]),
      );
    const bodies = Object.entries(report.noAreaBodies);
    if (bodies.length) parts.push(el('p', {}, [`No area on this map: ${bodies.map(([body, rows]) => `${body} (${count(rows)} rows)`).join(', ')}.`]));
    if (result.shape === 'home-office') parts.push(this.offencePicker(result));
    if (report.unknownNames.length) parts.push(this.nameMapper(result));
    if (rowsWithErrors(report) > 0) parts.push(this.errorList(result));
    if (result.dataset) parts.push(this.useForm(result.dataset));
    else
      parts.push(
        el('p', { class: 'import-warning' }, [
          result.shape === 'home-office' ? 'Choose one or more offences to map.' : 'No figure in this file can be mapped.',
        ]),
      );
    this.result.replaceChildren(...parts);
    if (this.sheetPicked && this.options.sheet !== undefined && workbook) {
      this.sheetPicked = false;
      // Read again at the reader's pick: say what came of it, and keep the keyboard where it was.
      this.status.textContent = `Sheet ${visibleUserText(this.options.sheet, 100)} read: ${sheetsRead(workbook)}.`;
      this.result.querySelector<HTMLElement>('#import-sheet')?.focus();
    }
  }

  /**
   * A workbook's sheets, to read another than the first that holds a
   * table: picked from a list, then read again in the worker on "Read this
   * sheet" (a button, so that moving through the list with the arrow keys
   * does not read every sheet on the way).
   */
  private sheetPicker(sheets: readonly string[], shown: string): HTMLElement {
    const select = el(
      'select',
      { id: 'import-sheet' },
      sheets.map((name, i) => el('option', { value: String(i) }, [visibleUserText(name, 100)])),
    );
    select.selectedIndex = Math.max(0, sheets.indexOf(shown));
    const read = el('button', { type: 'button', id: 'import-sheet-read' }, ['Read this sheet']);
    read.addEventListener('click', () => {
      const sheet = sheets[select.selectedIndex];
      if (sheet === undefined) return;
      // Offences and names chosen were choices about the other sheet's table.
      this.options = { fileName: this.options.fileName, sheet };
      this.sheetPicked = true;
      void this.run();
    });
    return el('fieldset', { class: 'sheet-picker' }, [
      el('legend', {}, ['Sheet']),
      el('p', {}, [`The workbook has ${count(sheets.length)} sheets. To map another sheet's table, pick it and read it.`]),
      labelled('Sheet to read', select),
      read,
    ]);
  }

  /** Home Office tables: choose offences or whole groups, searchable. */
  private offencePicker(result: ImportResult): HTMLElement {
    const chosenCodes = new Set(this.options.offences?.codes ?? []);
    const chosenGroups = new Set(this.options.offences?.groups ?? []);
    const search = el('input', { type: 'search', id: 'offence-search', placeholder: 'Search offences', 'aria-controls': 'offence-list' });
    const groups = [...new Set(result.offences.map((offence) => offence.group))].sort();
    const groupBoxes = groups.map((group) => {
      const box = el('input', { type: 'checkbox', value: group, checked: chosenGroups.has(group) });
      return { group, box, label: el('label', { class: 'import-offence' }, [box, ' All of ', userText(group)]) };
    });
    const offenceBoxes = result.offences.map((offence) => {
      const box = el('input', { type: 'checkbox', value: offence.code, checked: chosenCodes.has(offence.code), 'data-code': offence.code });
      return {
        offence,
        box,
        label: el('label', { class: 'import-offence' }, [
          box,
          ' ',
          userText(offence.description),
          ' (code ',
          userText(offence.code),
          ', ',
          userText(offence.group),
          ')',
        ]),
      };
    });
    const list = el('div', { class: 'offence-list', id: 'offence-list' }, [...groupBoxes.map((g) => g.label), ...offenceBoxes.map((o) => o.label)]);
    search.addEventListener('input', () => {
      const query = search.value.trim().toLowerCase();
      for (const { group, label } of groupBoxes) label.hidden = query !== '' && !group.toLowerCase().includes(query);
      for (const { offence, label } of offenceBoxes)
        label.hidden = query !== '' && !`${offence.description} ${offence.code} ${offence.group}`.toLowerCase().includes(query);
    });
    const apply = el('button', { type: 'button', id: 'offence-apply' }, ['Sum the chosen offences']);
    apply.addEventListener('click', () => {
      this.options = {
        ...this.options,
        offences: {
          codes: [...new Set(offenceBoxes.filter((o) => o.box.checked).map((o) => o.offence.code))],
          groups: groupBoxes.filter((g) => g.box.checked).map((g) => g.group),
        },
      };
      void this.run();
    });
    return el('fieldset', { class: 'offence-picker' }, [el('legend', {}, ['Offences to sum, quarter by quarter, into financial years']), search, list, apply]);
  }

  /**
   * Unknown names, those on most lines first (the report lists a bounded
   * number): the reader types or picks the force each one means from one
   * shared list. Nothing is chosen for them: a suggestion is a button,
   * "Did you mean Hampshire?", that fills the name in when pressed.
   */
  private nameMapper(result: ImportResult): HTMLElement {
    const { unknownNames, unknownNamesNotListed } = result.report;
    const listId = 'import-force-names';
    const forceList = el(
      'datalist',
      { id: listId },
      this.forces.forces.map((force) => el('option', { value: force.name })),
    );
    const rows = unknownNames.map((entry) => this.nameRow(entry, listId));
    const more =
      unknownNamesNotListed.names > 0
        ? el('p', { class: 'unknown-names-more' }, [
            `And ${count(unknownNamesNotListed.names)} more name${unknownNamesNotListed.names === 1 ? '' : 's'} on ${count(unknownNamesNotListed.lines)} line${unknownNamesNotListed.lines === 1 ? '' : 's'}, not listed here: if the file's names are not police force areas (a table of local authorities, say), no mapping will place them.`,
          ])
        : undefined;
    const problem = el('p', { class: 'import-error', role: 'alert', hidden: true });
    const apply = el('button', { type: 'button', id: 'mapping-apply' }, ['Use these names']);
    apply.addEventListener('click', () => {
      const chosen: [string, string][] = [];
      for (const row of rows) {
        const typed = row.input.value.trim();
        if (typed === '') continue;
        const match = this.resolver.match(typed);
        if (match.kind !== 'force') {
          problem.hidden = false;
          problem.replaceChildren('"', userText(typed), `" is not a police force area on this map: choose one from the list for "`, userText(row.name), '".');
          row.input.focus();
          return;
        }
        chosen.push([row.name, match.force.code]);
      }
      const names = new Set(chosen.map(([name]) => name));
      const kept = (this.options.nameMapping ?? []).filter(([name]) => !names.has(name));
      this.options = { ...this.options, nameMapping: [...kept, ...chosen] };
      void this.run();
    });
    return el('fieldset', { class: 'name-mapper' }, [
      el('legend', {}, ['Force names not recognised']),
      forceList,
      el(
        'ul',
        {},
        rows.map((row) => row.element),
      ),
      more,
      problem,
      apply,
    ]);
  }

  private nameRow(entry: UnknownName, listId: string): { name: string; input: HTMLInputElement; element: HTMLElement } {
    // Shown in full (escapes and all) in the attributes that name the field; the mapping keeps the name as written.
    const shownName = visibleUserText(entry.name, 1000);
    const input = el('input', { type: 'text', list: listId, autocomplete: 'off', 'data-name': shownName, 'aria-label': `Force meant by "${shownName}"` });
    const suggestions = entry.suggestions.flatMap((code) => {
      const force = this.forces.byCode.get(code);
      if (!force) return [];
      const button = el('button', { type: 'button', class: 'name-suggestion', 'aria-pressed': 'false' }, [`Did you mean ${force.name}?`]);
      button.addEventListener('click', () => {
        input.value = force.name;
        input.dispatchEvent(new Event('input'));
      });
      return [{ force, button }];
    });
    // A suggestion shows as chosen while the field holds it.
    input.addEventListener('input', () => {
      for (const { force, button } of suggestions) button.setAttribute('aria-pressed', String(input.value.trim() === force.name));
    });
    const shownLines = entry.lines.join(', ');
    const lines = `line${entry.lineCount === 1 ? '' : 's'} ${shownLines}${entry.lineCount > entry.lines.length ? ` and ${count(entry.lineCount - entry.lines.length)} more` : ''}`;
    const element = el('li', {}, [
      el('span', { class: 'unknown-name' }, ['"', userText(entry.name), '"']),
      ` (${lines}) means `,
      input,
      ...suggestions.map(({ button }) => button),
    ]);
    return { name: entry.name, input, element };
  }

  /** The rejected rows: counts by reason, the first listed a page at a time, and every one of them as a CSV download. */
  private errorList(result: ImportResult): HTMLElement {
    const { errors, errorCounts } = result.report;
    const total = rowsWithErrors(result.report);
    const reasons = ERROR_REASONS.filter((reason) => errorCounts[reason] > 0).map((reason) => `${REASON_NAMES[reason]} ${count(errorCounts[reason])}`);
    const list = el('ol', { class: 'import-errors', id: 'import-errors' });
    const section = el('section', { class: 'import-error-list' }, [
      el('h3', {}, [`Rows rejected with an error: ${count(total)}`]),
      el('p', { class: 'import-reasons' }, [`By reason: ${reasons.join('; ')}.`]),
      list,
    ]);
    const more = el('button', { type: 'button', id: 'import-errors-more' }, []);
    const showMore = () => {
      const shown = list.children.length;
      const next = errors.slice(shown, shown + ERRORS_PER_PAGE);
      list.append(...next.map((error) => el('li', { 'data-reason': error.reason }, messageNodes(describeRowError(error)))));
      const left = errors.length - list.children.length;
      more.hidden = left === 0;
      more.textContent = `Show the next ${count(Math.min(left, ERRORS_PER_PAGE))}`;
    };
    more.addEventListener('click', showMore);
    showMore();
    section.append(more);
    if (total > errors.length) section.append(el('p', {}, [`The first ${count(errors.length)} are listed here; the download has all ${count(total)}.`]));
    section.append(this.errorsDownload(total));
    return section;
  }

  /** All rejected rows as CSV, made in the worker by reading the file again. */
  private errorsDownload(total: number): HTMLElement {
    const download = el('button', { type: 'button', id: 'import-errors-csv' }, [`Download all ${count(total)} rejected rows (CSV)`]);
    const status = el('span', { class: 'import-download-status', role: 'status' });
    download.addEventListener('click', () => {
      const input = this.input;
      if (input === undefined) return;
      download.disabled = true;
      status.textContent = 'Making the list…';
      this.client
        .errorsCsv(input, this.options)
        .then(({ csv }) => {
          status.textContent = '';
          saveFile(csv, `rejected-rows-${fileStem(this.options.fileName)}.csv`);
        })
        .catch((error: unknown) => {
          status.replaceChildren(...messageNodes(`The list could not be made: ${messageOf(error)}. Press the button to try again.`));
        })
        .finally(() => {
          download.disabled = false;
        });
    });
    return el('p', {}, [download, ' ', status]);
  }

  private useForm(dataset: Dataset): HTMLElement {
    const title = el('input', { type: 'text', id: 'import-title', value: dataset.meta.title });
    const unit = el('input', { type: 'text', id: 'import-unit', value: dataset.meta.unit });
    const use = el('button', { type: 'button', id: 'import-use', class: 'primary' }, ['Show on the map']);
    // This import's id once shown: shown again (another title, or a second click), it replaces itself.
    let shownAs: string | undefined;
    use.addEventListener('click', () => {
      // As a file's title is shown: hidden characters made visible in the heading, the list and every picture.
      const meta = { ...dataset.meta, title: visibleTitle(title.value) || dataset.meta.title, unit: visibleTitle(unit.value) || dataset.meta.unit };
      const kept = this.onUse({ ...dataset, meta }, shownAs);
      shownAs = kept.id;
      const lasting = kept.kept ? 'It stays in this browser tab, reloads included, until the tab is closed.' : NOT_KEPT[kept.failure];
      this.status.replaceChildren('“', userText(meta.title), `” is on the map, and in the list of figures. ${lasting}`);
    });
    return el('div', { class: 'import-use' }, [labelled('Title', title), labelled('Unit', unit), use]);
  }
}

/** Text from the file, hidden characters shown, isolated from the words around it. */
function userText(text: string): HTMLElement {
  return el('bdi', {}, [visibleUserText(text, 200)]);
}

/** "Table_1 (sheet 2 of 3)", or the sheets read as one table. */
function sheetsRead(workbook: NonNullable<ImportResult['workbook']>): string {
  const { sheets, read } = workbook;
  const first = read[0] ?? '';
  if (read.length === 1) return `${visibleUserText(first, 100)} (sheet ${sheets.indexOf(first) + 1} of ${sheets.length})`;
  return `${read.length} sheets with one header, from ${visibleUserText(first, 100)} to ${visibleUserText(read[read.length - 1]!, 100)}, as one table`;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "figures.csv" → "figures"; anything unsafe in a file name becomes "-". */
function fileStem(fileName: string | undefined): string {
  const stem = (fileName ?? 'import').replace(/\.[a-z0-9]{1,4}$/i, '');
  return stem.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'import';
}

function pair(term: string, description: string): HTMLElement[] {
  return [el('dt', {}, [term]), el('dd', {}, [description])];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
