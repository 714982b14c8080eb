import type { KeepFailure } from '../state/kept-imports';
import type { Dataset } from '../datasets/dataset';
import { saveFile } from '../export/rasterise';
import type { ForceTable } from '../forces/force-table';
import { createForceNameResolver } from '../forces/resolve-force-name';
import { formatCount } from '../format/format-number';
import { visibleTitle, visibleUserText } from '../format/user-text';
import type { ImportWords } from '../i18n/import-en';
import { importForceName, importWords, useImportLanguage } from '../i18n/import-words';
import { HTML_LANG, pageLanguage } from '../i18n/language';
import { createImportClient } from '../ingest/import-client';
import type { ImportOptions } from '../ingest/import-options';
import type { ImportOutcome, ImportResult } from '../ingest/import-result';
import { describeRowError, ERROR_REASONS, rowsRejected, rowsWithErrors, type UnknownName } from '../ingest/ingest-report';
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
  private readonly words = importWordsOfPage();
  private readonly progress = el('progress', { class: 'import-progress', max: 1, value: 0, hidden: true, 'aria-label': this.words.reading });
  private readonly status = el('p', { class: 'import-status', role: 'status' });
  private readonly cancel = el('button', { type: 'button', class: 'import-cancel', hidden: true }, [this.words.cancel]);
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
    const words = this.words;
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
    const paste = el('textarea', { id: 'import-paste', rows: 4, placeholder: words.pastePlaceholder });
    const readPaste = el('button', { type: 'button' }, [words.readPaste]);
    readPaste.addEventListener('click', () => this.start(paste.value, { fileName: words.pastedTable }));
    paste.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length <= PASTE_SHOWN_LENGTH) return;
      // Megabytes of text laid out in the box would hold the page for seconds: a long table is read at once, as a file is, and not put in the box.
      event.preventDefault();
      paste.value = '';
      // In a task of its own: the paste's task already holds the browser's read of megabytes from the clipboard.
      setTimeout(() => this.start(text, { fileName: words.pastedTable }));
    });
    const drop = el('div', { class: 'drop-zone', id: 'import-drop' }, [el('p', {}, [words.drop]), labelled(words.fileLabel, fileInput)]);
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
      el('p', { class: 'privacy' }, [words.privacy]),
      el('p', { class: 'import-help' }, [words.help]),
      drop,
      labelled(words.pasteLabel, paste),
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
      this.status.textContent = words.cancelled;
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
    this.status.textContent = this.words.readingStatus;
    this.result.replaceChildren();
    let outcome: ImportOutcome;
    let shownSheet: string | undefined;
    try {
      outcome = await this.client.importFile(this.input, this.options, (fraction, sheet) => {
        if (run !== this.runs) return;
        this.progress.value = fraction;
        if (sheet !== undefined && sheet !== shownSheet) {
          shownSheet = sheet;
          this.status.textContent = this.words.readingSheet(visibleUserText(sheet, 100));
        }
      });
    } catch (error) {
      if (run !== this.runs) return;
      this.finishReading();
      this.showFailure(this.words.couldNotRead(messageOf(error)), () => void this.run());
      return;
    }
    if (run !== this.runs) return;
    // The answer was checked in the task that brought it: the report is drawn in a task of its own, so that neither holds the page long.
    await nextTask();
    if (run !== this.runs) return;
    this.finishReading();
    if (!outcome.ok) {
      this.showFailure(this.words.cannotImport(outcome.error));
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
      const again = el('button', { type: 'button', class: 'import-retry' }, [this.words.tryAgain]);
      again.addEventListener('click', retry);
      parts.push(again);
    }
    this.result.replaceChildren(...parts);
  }

  private showResult(result: ImportResult): void {
    const { report } = result;
    const words = this.words;
    const summary = el('dl', { class: 'import-summary' }, [
      ...pair(words.readAs, words.shapes[result.shape]),
      ...pair(words.read(result.counting), count(report.rowsRead)),
      ...pair(words.used, words.usedCount(count(report.rowsUsed), report.notPublished ? count(report.notPublished) : undefined)),
      ...pair(
        words.rejected,
        words.rejectedCount(
          count(rowsRejected(report)),
          count(rowsWithErrors(report)),
          count(report.setAside['no-area']),
          count(report.setAside['offence-not-selected']),
        ),
      ),
      ...pair(words.years, result.years.length ? words.yearsRange(result.years[0]!, result.years[result.years.length - 1]!) : words.noYears),
      ...(result.workbook ? pair(words.sheets, sheetsRead(result.workbook)) : []),
    ]);
    const parts: HTMLElement[] = [el('h3', {}, [words.whatWasRead]), summary];
    const workbook = result.workbook;
    // One table among several sheets: the reader may want another. The Home Office's sheets, a year each, are one table and need no pick.
    if (workbook && workbook.sheets.length > 1 && workbook.read.length === 1) {
      this.sheets = workbook.sheets;
      parts.push(this.sheetPicker(workbook.sheets, workbook.read[0]!));
    }
    for (const warning of result.warnings) parts.push(el('p', { class: 'import-warning' }, messageNodes(warning)));
    for (const partial of result.partialYears) parts.push(el('p', { class: 'import-warning' }, [words.partialYear(partial.year, partial.quarters)]));
    const bodies = Object.entries(report.noAreaBodies);
    if (bodies.length) parts.push(el('p', {}, [words.noArea(bodies.map(([body, rows]) => words.noAreaBody(body, count(rows))).join(', '))]));
    if (result.shape === 'home-office') parts.push(this.offencePicker(result));
    if (report.unknownNames.length) parts.push(this.nameMapper(result));
    if (rowsWithErrors(report) > 0) parts.push(this.errorList(result));
    if (result.dataset) parts.push(this.useForm(result.dataset));
    else parts.push(el('p', { class: 'import-warning' }, [result.shape === 'home-office' ? words.chooseOffences : words.nothingToMap]));
    this.result.replaceChildren(...parts);
    if (this.sheetPicked && this.options.sheet !== undefined && workbook) {
      this.sheetPicked = false;
      // Read again at the reader's pick: say what came of it, and keep the keyboard where it was.
      this.status.textContent = words.sheetRead(visibleUserText(this.options.sheet, 100), sheetsRead(workbook));
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
    const words = this.words;
    const read = el('button', { type: 'button', id: 'import-sheet-read' }, [words.readThisSheet]);
    read.addEventListener('click', () => {
      const sheet = sheets[select.selectedIndex];
      if (sheet === undefined) return;
      // Offences and names chosen were choices about the other sheet's table.
      this.options = { fileName: this.options.fileName, sheet };
      this.sheetPicked = true;
      void this.run();
    });
    return el('fieldset', { class: 'sheet-picker' }, [
      el('legend', {}, [words.sheet]),
      el('p', {}, [words.sheetCount(count(sheets.length))]),
      labelled(words.sheetToRead, select),
      read,
    ]);
  }

  /** Home Office tables: choose offences or whole groups, searchable. */
  private offencePicker(result: ImportResult): HTMLElement {
    const chosenCodes = new Set(this.options.offences?.codes ?? []);
    const chosenGroups = new Set(this.options.offences?.groups ?? []);
    const words = this.words;
    const search = el('input', { type: 'search', id: 'offence-search', placeholder: words.searchOffences, 'aria-controls': 'offence-list' });
    const groups = [...new Set(result.offences.map((offence) => offence.group))].sort();
    const groupBoxes = groups.map((group) => {
      const box = el('input', { type: 'checkbox', value: group, checked: chosenGroups.has(group) });
      return { group, box, label: el('label', { class: 'import-offence' }, [box, words.allOf, publishedName(group)]) };
    });
    const offenceBoxes = result.offences.map((offence) => {
      const box = el('input', { type: 'checkbox', value: offence.code, checked: chosenCodes.has(offence.code), 'data-code': offence.code });
      return {
        offence,
        box,
        label: el('label', { class: 'import-offence' }, [
          box,
          ' ',
          publishedName(offence.description),
          words.offenceCode,
          userText(offence.code),
          ', ',
          publishedName(offence.group),
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
    const apply = el('button', { type: 'button', id: 'offence-apply' }, [words.sumOffences]);
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
    return el('fieldset', { class: 'offence-picker' }, [el('legend', {}, [words.offencesToSum]), search, list, apply]);
  }

  /**
   * Unknown names, those on most lines first (the report lists a bounded
   * number): the reader types or picks the force each one means from one
   * shared list. Nothing is chosen for them: a suggestion is a button,
   * "Did you mean Hampshire?", that fills the name in when pressed.
   */
  private nameMapper(result: ImportResult): HTMLElement {
    const { unknownNames, unknownNamesNotListed } = result.report;
    const words = this.words;
    const listId = 'import-force-names';
    // The forces by the names of the page's language, each of which the resolver knows (the Welsh forces' Welsh names are among their aliases).
    const forceList = el(
      'datalist',
      { id: listId },
      this.forces.forces.map((force) => el('option', { value: importForceName(force) })),
    );
    const rows = unknownNames.map((entry) => this.nameRow(entry, listId));
    const more =
      unknownNamesNotListed.names > 0
        ? el('p', { class: 'unknown-names-more' }, [
            words.moreNames(count(unknownNamesNotListed.names), unknownNamesNotListed.names, count(unknownNamesNotListed.lines), unknownNamesNotListed.lines),
          ])
        : undefined;
    const problem = el('p', { class: 'import-error', role: 'alert', hidden: true });
    const apply = el('button', { type: 'button', id: 'mapping-apply' }, [words.useNames]);
    apply.addEventListener('click', () => {
      const chosen: [string, string][] = [];
      for (const row of rows) {
        const typed = row.input.value.trim();
        if (typed === '') continue;
        const match = this.resolver.match(typed);
        if (match.kind !== 'force') {
          problem.hidden = false;
          const [before, between, after] = words.notAForce;
          problem.replaceChildren(before, userText(typed), between, userText(row.name), after);
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
      el('legend', {}, [words.namesNotRecognised]),
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
    const words = this.words;
    const shownName = visibleUserText(entry.name, 1000);
    const input = el('input', { type: 'text', list: listId, autocomplete: 'off', 'data-name': shownName, 'aria-label': words.forceMeant(shownName) });
    const suggestions = entry.suggestions.flatMap((code) => {
      const force = this.forces.byCode.get(code);
      if (!force) return [];
      const name = importForceName(force);
      const button = el('button', { type: 'button', class: 'name-suggestion', 'aria-pressed': 'false' }, [words.didYouMean(name)]);
      button.addEventListener('click', () => {
        input.value = name;
        input.dispatchEvent(new Event('input'));
      });
      return [{ name, button }];
    });
    // A suggestion shows as chosen while the field holds it.
    input.addEventListener('input', () => {
      for (const { name, button } of suggestions) button.setAttribute('aria-pressed', String(input.value.trim() === name));
    });
    const more = entry.lineCount > entry.lines.length ? count(entry.lineCount - entry.lines.length) : undefined;
    const element = el('li', {}, [
      el('span', { class: 'unknown-name' }, ['"', userText(entry.name), '"']),
      words.means(words.nameLines(entry.lines.join(', '), entry.lineCount, more)),
      input,
      ...suggestions.map(({ button }) => button),
    ]);
    return { name: entry.name, input, element };
  }

  /** The rejected rows: counts by reason, the first listed a page at a time, and every one of them as a CSV download. */
  private errorList(result: ImportResult): HTMLElement {
    const { errors, errorCounts } = result.report;
    const total = rowsWithErrors(result.report);
    const words = this.words;
    const reasons = ERROR_REASONS.filter((reason) => errorCounts[reason] > 0).map((reason) =>
      words.reasonCount(words.reasons[reason], count(errorCounts[reason])),
    );
    const list = el('ol', { class: 'import-errors', id: 'import-errors' });
    const section = el('section', { class: 'import-error-list' }, [
      el('h3', {}, [words.rowsRejected(count(total))]),
      el('p', { class: 'import-reasons' }, [words.byReason(reasons.join('; '))]),
      list,
    ]);
    const more = el('button', { type: 'button', id: 'import-errors-more' }, []);
    const showMore = () => {
      const shown = list.children.length;
      const next = errors.slice(shown, shown + ERRORS_PER_PAGE);
      list.append(...next.map((error) => el('li', { 'data-reason': error.reason }, messageNodes(describeRowError(error)))));
      const left = errors.length - list.children.length;
      more.hidden = left === 0;
      more.textContent = words.showNext(count(Math.min(left, ERRORS_PER_PAGE)));
    };
    more.addEventListener('click', showMore);
    showMore();
    section.append(more);
    if (total > errors.length) section.append(el('p', {}, [words.firstListed(count(errors.length), count(total))]));
    section.append(this.errorsDownload(total));
    return section;
  }

  /** All rejected rows as CSV, made in the worker by reading the file again. */
  private errorsDownload(total: number): HTMLElement {
    const words = this.words;
    const download = el('button', { type: 'button', id: 'import-errors-csv' }, [words.downloadAll(count(total))]);
    const status = el('span', { class: 'import-download-status', role: 'status' });
    download.addEventListener('click', () => {
      const input = this.input;
      if (input === undefined) return;
      download.disabled = true;
      status.textContent = words.makingList;
      this.client
        .errorsCsv(input, this.options)
        .then(({ csv }) => {
          status.textContent = '';
          saveFile(csv, `${words.rejectedRowsFile}-${fileStem(this.options.fileName)}.csv`);
        })
        .catch((error: unknown) => {
          status.replaceChildren(...messageNodes(words.listFailed(messageOf(error))));
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
    const words = this.words;
    const use = el('button', { type: 'button', id: 'import-use', class: 'primary' }, [words.show]);
    // This import's id once shown: shown again (another title, or a second click), it replaces itself.
    let shownAs: string | undefined;
    use.addEventListener('click', () => {
      // As a file's title is shown: hidden characters made visible in the heading, the list and every picture.
      const meta = { ...dataset.meta, title: visibleTitle(title.value) || dataset.meta.title, unit: visibleTitle(unit.value) || dataset.meta.unit };
      const kept = this.onUse({ ...dataset, meta }, shownAs);
      shownAs = kept.id;
      const [before, after] = words.onTheMap(kept.kept ? words.kept : words.notKept[kept.failure]);
      this.status.replaceChildren(before, userText(meta.title), after);
    });
    return el('div', { class: 'import-use' }, [labelled(words.title, title), labelled(words.unit, unit), use]);
  }
}

/** The panel's words in the page's language; from then on the import client asks the worker for its messages in it too. */
function importWordsOfPage(): ImportWords['view'] {
  useImportLanguage(pageLanguage());
  return importWords().view;
}

/** Text from the file, hidden characters shown, isolated from the words around it. */
function userText(text: string): HTMLElement {
  return el('bdi', {}, [visibleUserText(text, 200)]);
}

/**
 * A name as the Home Office publishes it (an offence, a group), from the
 * file: as userText, and marked as English on the Welsh page, where it
 * stays as published.
 */
function publishedName(text: string): HTMLElement {
  const name = userText(text);
  if (pageLanguage() !== 'en') name.lang = HTML_LANG.en;
  return name;
}

/** "Table_1 (sheet 2 of 3)", or the sheets read as one table. */
function sheetsRead(workbook: NonNullable<ImportResult['workbook']>): string {
  const words = importWords().view;
  const { sheets, read } = workbook;
  const first = read[0] ?? '';
  if (read.length === 1) return words.oneSheetRead(visibleUserText(first, 100), sheets.indexOf(first) + 1, sheets.length);
  return words.sheetsReadAsOne(read.length, visibleUserText(first, 100), visibleUserText(read[read.length - 1]!, 100));
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
