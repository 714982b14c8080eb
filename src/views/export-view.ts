import type { ExportSource, PictureFormat, SavedPicture } from '../export/export-actions';
import { PICTURE_SIZES, type PictureSizeId } from '../export/export-sizes';
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
  private readonly size = el(
    'select',
    { class: 'export-size' },
    PICTURE_SIZES.map((size) => el('option', { value: size.id }, [size.label])),
  );
  private readonly status = el('p', { class: 'export-status', role: 'status' });
  private readonly progress = el('progress', { class: 'export-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Pictures made' });
  private readonly cancel = el('button', { type: 'button', hidden: true }, ['Cancel']);
  /** The ZIP being made: one at a time, so that Cancel always stops the one running. */
  private zip: { abort: AbortController; progress: string; clickedAgain: boolean } | undefined;

  constructor(private readonly source: () => ExportSource) {
    const actions = () => import('../export/export-actions');
    const chosenSize = () => this.size.value as PictureSizeId;
    const button = (label: string, run: () => Promise<string>) => {
      const element = el('button', { type: 'button' }, [label]);
      element.addEventListener('click', () => this.run(run));
      return element;
    };
    const saved = (result: SavedPicture) =>
      `Saved ${result.fileName} (${result.width.toLocaleString('en-GB')} × ${result.height.toLocaleString('en-GB')} px, ${Math.max(1, Math.round(result.bytes / 1024)).toLocaleString('en-GB')} KB)${result.adjustment ? `: ${result.adjustment}` : ''}.`;
    const picture = (label: string, scale: number, format: PictureFormat) =>
      button(label, async () => saved(await (await actions()).exportPicture(this.source(), { size: chosenSize(), scale, format })));
    const grid = (label: string, format: PictureFormat) =>
      button(label, async () => saved(await (await actions()).exportSmallMultiples(this.source(), { size: chosenSize(), scale: 1, format })));

    const zipButton = el('button', { type: 'button' }, ['Every year (ZIP)']);
    zipButton.addEventListener('click', () => {
      // A second click while one runs would start another, whose Cancel the first could not hear.
      if (this.zip) {
        // Said until the ZIP is done, not only until its next year is drawn.
        this.zip.clickedAgain = true;
        this.status.textContent = `A ZIP is being made already (${this.zip.progress}); Cancel stops it.`;
        return;
      }
      const abort = new AbortController();
      this.zip = { abort, progress: 'starting', clickedAgain: false };
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
              this.zip!.progress = `${done} of ${total} years drawn`;
              this.status.textContent = `Drawing year ${Math.min(done + 1, total)} of ${total}…${this.zip!.clickedAgain ? ' A ZIP is being made already; Cancel stops it.' : ''}`;
            },
            abort.signal,
          );
          return result ? `Saved ${result.fileName}: ${result.files} pictures, one a year.` : 'Cancelled.';
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
      labelled('Picture size', this.size, 'field field-inline'),
      group('The map of the year shown', [
        picture('PNG 1×', 1, 'png'),
        picture('PNG 2×', 2, 'png'),
        picture('PNG 4×', 4, 'png'),
        picture('SVG', 1, 'svg'),
        zipButton,
      ]),
      group('Every year in one picture', [grid('Small multiples (PNG)', 'png'), grid('Small multiples (SVG)', 'svg')]),
      group('Figures', [
        button('Table (CSV)', async () => `Saved ${(await actions()).exportCsv(this.source()).fileName}.`),
        button('All figures (CSV)', async () => {
          const result = (await actions()).exportFiguresCsv(this.source());
          return `Saved ${result.fileName}: ${result.rows.toLocaleString('en-GB')} rows, every force in view in every year.`;
        }),
      ]),
      group('Alt text', [
        button('Copy description', async () => {
          const source = this.source();
          const description = source.picture(source.yearIndex).description;
          return (await copyText(description))
            ? `Copied the description of the map: ${description}`
            : `The clipboard could not be used; select and copy the description: ${description}`;
        }),
      ]),
      el('div', { class: 'export-progress-row' }, [this.progress, this.cancel]),
      this.status,
    ]);
  }

  private run(task: () => Promise<string>): void {
    this.status.textContent = 'Preparing…';
    task().then(
      (message) => (this.status.textContent = message),
      (error: unknown) => (this.status.textContent = `The export failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}
