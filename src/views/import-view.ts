import type { Dataset } from '../datasets/dataset';
import type { Force } from '../forces/force-table';
import { createImportClient } from '../ingest/import-client';
import type { ImportOptions } from '../ingest/import-options';
import type { ImportOutcome, ImportResult } from '../ingest/import-result';
import { describeRowError, rowsRejected } from '../ingest/ingest-report';
import { el, labelled } from './dom';

/** How many rejected rows are listed at once; the rest are a click away, never dropped. */
const ERRORS_SHOWN = 200;

const SHAPE_NAMES: Record<ImportResult['shape'], string> = {
  tidy: 'a tidy table (force, year, value)',
  wide: 'a wide table (a column per year)',
  'home-office': 'the Home Office police recorded crime open-data table',
};

/**
 * Bring your own figures: a file picker, drag-and-drop or pasted text,
 * read in a web worker with a progress bar; then the validation report,
 * the Home Office offence picker, hand mapping of unknown force names,
 * and a title and unit, before anything is drawn.
 */
export class ImportView {
  readonly element: HTMLElement;
  private readonly progress = el('progress', { class: 'import-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Reading the file' });
  private readonly status = el('p', { class: 'import-status', role: 'status' });
  private readonly result = el('div', { class: 'import-result' });
  private readonly client = createImportClient(new Worker(new URL('../ingest/import-worker.ts', import.meta.url), { type: 'module' }));
  private input: Blob | string | undefined;
  private options: ImportOptions = {};

  constructor(
    private readonly forces: readonly Force[],
    /** Shows the dataset; kept: whether it will outlast a reload of the tab. */
    private readonly onUse: (dataset: Dataset) => { kept: boolean },
  ) {
    const fileInput = el('input', { type: 'file', id: 'import-file', accept: '.csv,.tsv,.txt,text/csv,text/plain' });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) this.start(file, { fileName: file.name });
    });
    const paste = el('textarea', { id: 'import-paste', rows: 4, placeholder: 'force,year,value\nDorset,2020/21,212' });
    const readPaste = el('button', { type: 'button' }, ['Read the pasted table']);
    readPaste.addEventListener('click', () => this.start(paste.value, { fileName: 'pasted table' }));
    const drop = el('div', { class: 'drop-zone', id: 'import-drop' }, [
      el('p', {}, ['Drop a CSV file here, or choose one:']),
      labelled('CSV file', fileInput),
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
        'Accepted: a tidy table (force, year, value), a wide table (a force column and one column per financial year), or the Home Office police recorded crime open-data table by police force area, as published. Up to 64 MB.',
      ]),
      drop,
      labelled('Or paste a table', paste),
      readPaste,
      this.progress,
      this.status,
      this.result,
    ]);
  }

  private start(input: Blob | string, options: ImportOptions): void {
    this.input = input;
    this.options = options;
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.input === undefined) return;
    this.progress.hidden = false;
    this.progress.value = 0;
    this.status.textContent = 'Reading…';
    this.result.replaceChildren();
    let outcome: ImportOutcome;
    try {
      outcome = await this.client.importFile(this.input, this.options, (fraction) => (this.progress.value = fraction));
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    this.progress.hidden = true;
    if (!outcome.ok) {
      this.status.textContent = '';
      this.result.replaceChildren(el('p', { class: 'import-error', role: 'alert' }, [`This file cannot be imported: ${outcome.error}.`]));
      return;
    }
    this.status.textContent = '';
    this.showResult(outcome);
  }

  private showResult(result: ImportResult): void {
    const { report } = result;
    const rejected = rowsRejected(report);
    const unit = result.counting === 'cells' ? 'figures (cells under year columns)' : 'rows';
    const summary = el('dl', { class: 'import-summary' }, [
      ...pair('Read as', SHAPE_NAMES[result.shape]),
      ...pair(`${capitalise(unit)} read`, report.rowsRead.toLocaleString('en-GB')),
      ...pair('Used', `${report.rowsUsed.toLocaleString('en-GB')}${report.notPublished ? ` (${report.notPublished.toLocaleString('en-GB')} marked as not published)` : ''}`),
      ...pair('Rejected', `${rejected.toLocaleString('en-GB')}: ${report.errors.length.toLocaleString('en-GB')} with an error, ${report.setAside['no-area'].toLocaleString('en-GB')} for bodies with no area on this map, ${report.setAside['offence-not-selected'].toLocaleString('en-GB')} for offences not chosen`),
      ...pair('Years', result.years.length ? `${result.years[0]} to ${result.years[result.years.length - 1]}` : 'none'),
    ]);
    const parts: HTMLElement[] = [el('h3', {}, ['What was read']), summary];
    for (const warning of result.warnings) parts.push(el('p', { class: 'import-warning' }, [warning]));
    for (const partial of result.partialYears) parts.push(el('p', { class: 'import-warning' }, [`${partial.year} holds only ${partial.quarters} of 4 quarters: it is left out, not shown as a whole year.`]));
    const bodies = Object.entries(report.noAreaBodies);
    if (bodies.length) parts.push(el('p', {}, [`No area on this map: ${bodies.map(([body, rows]) => `${body} (${rows} rows)`).join(', ')}.`]));
    if (result.shape === 'home-office') parts.push(this.offencePicker(result));
    if (Object.keys(report.unknownNames).length) parts.push(this.nameMapper(result));
    if (report.errors.length) parts.push(this.errorList(result));
    if (result.dataset) parts.push(this.useForm(result.dataset));
    else parts.push(el('p', { class: 'import-warning' }, [result.shape === 'home-office' ? 'Choose one or more offences to map.' : 'No figure in this file can be mapped.']));
    this.result.replaceChildren(...parts);
  }

  /** Home Office tables: choose offences or whole groups, searchable. */
  private offencePicker(result: ImportResult): HTMLElement {
    const chosenCodes = new Set(this.options.offences?.codes ?? []);
    const chosenGroups = new Set(this.options.offences?.groups ?? []);
    const search = el('input', { type: 'search', id: 'offence-search', placeholder: 'Search offences', 'aria-controls': 'offence-list' });
    const groups = [...new Set(result.offences.map((offence) => offence.group))].sort();
    const groupBoxes = groups.map((group) => {
      const box = el('input', { type: 'checkbox', value: group, checked: chosenGroups.has(group) });
      return { group, box, label: el('label', { class: 'offence-option' }, [box, ` All of ${group}`]) };
    });
    const offenceBoxes = result.offences.map((offence) => {
      const box = el('input', { type: 'checkbox', value: offence.code, checked: chosenCodes.has(offence.code), 'data-code': offence.code });
      return { offence, box, label: el('label', { class: 'offence-option' }, [box, ` ${offence.description} (code ${offence.code}, ${offence.group})`]) };
    });
    const list = el('div', { class: 'offence-list', id: 'offence-list' }, [...groupBoxes.map((g) => g.label), ...offenceBoxes.map((o) => o.label)]);
    search.addEventListener('input', () => {
      const query = search.value.trim().toLowerCase();
      for (const { group, label } of groupBoxes) label.hidden = query !== '' && !group.toLowerCase().includes(query);
      for (const { offence, label } of offenceBoxes) label.hidden = query !== '' && !`${offence.description} ${offence.code} ${offence.group}`.toLowerCase().includes(query);
    });
    const apply = el('button', { type: 'button', id: 'offence-apply' }, ['Sum the chosen offences']);
    apply.addEventListener('click', () => {
      this.options = {
        ...this.options,
        offences: { codes: [...new Set(offenceBoxes.filter((o) => o.box.checked).map((o) => o.offence.code))], groups: groupBoxes.filter((g) => g.box.checked).map((g) => g.group) },
      };
      void this.run();
    });
    return el('fieldset', { class: 'offence-picker' }, [el('legend', {}, ['Offences to sum, quarter by quarter, into financial years']), search, list, apply]);
  }

  /** Unknown names: pick the force each one means, starting from the closest suggestion. */
  private nameMapper(result: ImportResult): HTMLElement {
    const rows = Object.entries(result.report.unknownNames).map(([name, { lines, suggestion }]) => {
      const select = el('select', { 'data-name': name, 'aria-label': `Force meant by "${name}"` }, [
        el('option', { value: '' }, ['leave out']),
        ...this.forces.map((force) => el('option', { value: force.code, selected: force.name === suggestion }, [force.name])),
      ]);
      return { name, select, row: el('li', {}, [el('span', { class: 'unknown-name' }, [`"${name}"`]), ` (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ', …' : ''}) means `, select]) };
    });
    const apply = el('button', { type: 'button', id: 'mapping-apply' }, ['Use these names']);
    apply.addEventListener('click', () => {
      const nameMapping = { ...(this.options.nameMapping ?? {}) };
      for (const { name, select } of rows) if (select.value) nameMapping[name] = select.value;
      this.options = { ...this.options, nameMapping };
      void this.run();
    });
    return el('fieldset', { class: 'name-mapper' }, [el('legend', {}, ['Force names not recognised']), el('ul', {}, rows.map((r) => r.row)), apply]);
  }

  /** Every rejected row, with its line and reason; long lists a click away. */
  private errorList(result: ImportResult): HTMLElement {
    const { errors } = result.report;
    const list = el('ol', { class: 'import-errors', id: 'import-errors' });
    const show = (count: number) => list.replaceChildren(...errors.slice(0, count).map((error) => el('li', { 'data-reason': error.reason }, [describeRowError(error)])));
    show(ERRORS_SHOWN);
    const section = el('section', { class: 'import-error-list' }, [el('h3', {}, [`Rows rejected with an error: ${errors.length.toLocaleString('en-GB')}`]), list]);
    if (errors.length > ERRORS_SHOWN) {
      const more = el('button', { type: 'button' }, [`Show all ${errors.length.toLocaleString('en-GB')}`]);
      more.addEventListener('click', () => {
        show(errors.length);
        more.remove();
      });
      section.append(more);
    }
    return section;
  }

  private useForm(dataset: Dataset): HTMLElement {
    const title = el('input', { type: 'text', id: 'import-title', value: dataset.meta.title });
    const unit = el('input', { type: 'text', id: 'import-unit', value: dataset.meta.unit });
    const use = el('button', { type: 'button', id: 'import-use', class: 'primary' }, ['Show on the map']);
    use.addEventListener('click', () => {
      const meta = { ...dataset.meta, title: title.value.trim() || dataset.meta.title, unit: unit.value.trim() || dataset.meta.unit };
      const { kept } = this.onUse({ ...dataset, meta });
      const lasting = kept ? 'It stays in this browser tab, reloads included, until the tab is closed.' : 'This browser would not keep it, so a reload will lose it.';
      this.status.textContent = `“${meta.title}” is on the map, and in the list of figures. ${lasting}`;
    });
    return el('div', { class: 'import-use' }, [labelled('Title', title), labelled('Unit', unit), use]);
  }
}

function pair(term: string, description: string): HTMLElement[] {
  return [el('dt', {}, [term]), el('dd', {}, [description])];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
