import type { ExportSource, PictureFormat, SavedPicture } from '../export/export-actions';
import { PICTURE_SIZES, type PictureSizeId } from '../export/export-sizes';
import { panelWords } from '../i18n/panel-words';
import { copyText } from './clipboard';
import { el, labelled } from './dom';

/**
 * The download panel: the map of the year shown (PNG at 1×, 2× or 4×, or
 * SVG) in the frame chosen (the screen's, or a preset for publishing);
 * every year as a ZIP of such pictures, or in one grid of small maps; the
 * table in view and every figure as CSV. The export code (d3-geo drawing,
 * PNG encoding, ZIP) is loaded on first use; the first frame does not
 * need it.
 */
export class ExportView {
  readonly element: HTMLElement;
  private readonly words = panelWords().download;
  private readonly size = el(
    'select',
    { class: 'export-size' },
    PICTURE_SIZES.map((size) => el('option', { value: size.id }, [this.words.sizes[size.id]])),
  );
  private readonly status = el('p', { class: 'export-status', role: 'status' });
  private readonly progress = el('progress', { class: 'export-progress', max: 1, value: 0, hidden: true, 'aria-label': this.words.picturesMade });
  private readonly cancel = el('button', { type: 'button', hidden: true }, [this.words.cancel]);
  /** The ZIP being made: one at a time, so that Cancel always stops the one running. */
  private zip: { abort: AbortController; progress: string; clickedAgain: boolean } | undefined;

  constructor(private readonly source: () => ExportSource) {
    const { words } = this;
    const actions = () => import('../export/export-actions');
    const chosenSize = () => this.size.value as PictureSizeId;
    const button = (label: string, run: () => Promise<string>) => {
      const element = el('button', { type: 'button' }, [label]);
      element.addEventListener('click', () => this.run(run));
      return element;
    };
    const saved = (result: SavedPicture) =>
      words.saved(
        result.fileName,
        result.width.toLocaleString('en-GB'),
        result.height.toLocaleString('en-GB'),
        Math.max(1, Math.round(result.bytes / 1024)).toLocaleString('en-GB'),
        result.adjustment,
      );
    const picture = (label: string, scale: number, format: PictureFormat) =>
      button(label, async () => saved(await (await actions()).exportPicture(this.source(), { size: chosenSize(), scale, format })));
    const grid = (label: string, format: PictureFormat) =>
      button(label, async () => saved(await (await actions()).exportSmallMultiples(this.source(), { size: chosenSize(), scale: 1, format })));

    const zipButton = el('button', { type: 'button' }, [words.everyYearZip]);
    zipButton.addEventListener('click', () => {
      // A second click while one runs would start another, whose Cancel the first could not hear.
      if (this.zip) {
        // Said until the ZIP is done, not only until its next year is drawn.
        this.zip.clickedAgain = true;
        this.status.textContent = words.zipBusy(this.zip.progress);
        return;
      }
      const abort = new AbortController();
      this.zip = { abort, progress: words.zipStarting, clickedAgain: false };
      zipButton.setAttribute('aria-disabled', 'true');
      this.progress.hidden = false;
      this.cancel.hidden = false;
      this.run(async () => {
        try {
          const { exportAllYears } = await actions();
          const result = await exportAllYears(
            this.source(),
            chosenSize(),
            (done, total) => {
              this.progress.max = total;
              this.progress.value = done;
              this.zip!.progress = words.zipProgress(done, total);
              this.status.textContent = words.drawing(Math.min(done + 1, total), total, this.zip!.clickedAgain);
            },
            abort.signal,
          );
          return result ? words.savedZip(result.fileName, result.files) : words.cancelled;
        } finally {
          this.zip = undefined;
          zipButton.removeAttribute('aria-disabled');
          this.progress.hidden = true;
          this.cancel.hidden = true;
        }
      });
    });
    this.cancel.addEventListener('click', () => this.zip?.abort.abort());

    let groups = 0;
    const group = (name: string, buttons: HTMLElement[]) => {
      const id = `export-group-${++groups}`;
      return el('div', { class: 'export-group' }, [
        el('h3', { id }, [name]),
        el('div', { class: 'export-buttons', role: 'group', 'aria-labelledby': id }, buttons),
      ]);
    };
    // Its heading is the dialog's ("Download"), which holds it.
    this.element = el('div', { class: 'export' }, [
      labelled(words.pictureSize, this.size, 'field field-inline'),
      group(words.yearShown, [picture('PNG 1×', 1, 'png'), picture('PNG 2×', 2, 'png'), picture('PNG 4×', 4, 'png'), picture('SVG', 1, 'svg'), zipButton]),
      group(words.everyYearInOne, [grid(words.smallMultiples('PNG'), 'png'), grid(words.smallMultiples('SVG'), 'svg')]),
      group(words.figures, [
        button(words.tableCsv, async () => words.savedFile((await actions()).exportCsv(this.source()).fileName)),
        button(words.allFiguresCsv, async () => {
          const result = (await actions()).exportFiguresCsv(this.source());
          return words.savedRows(result.fileName, result.rows.toLocaleString('en-GB'));
        }),
      ]),
      group(words.altText, [
        button(words.copyDescription, async () => {
          const source = this.source();
          const description = source.picture(source.yearIndex).description;
          return (await copyText(description)) ? words.copied(description) : words.copyFailed(description);
        }),
      ]),
      el('div', { class: 'export-progress-row' }, [this.progress, this.cancel]),
      this.status,
    ]);
  }

  private run(task: () => Promise<string>): void {
    this.status.textContent = this.words.preparing;
    task().then(
      (message) => (this.status.textContent = message),
      (error: unknown) => (this.status.textContent = this.words.failed(error instanceof Error ? error.message : String(error))),
    );
  }
}
