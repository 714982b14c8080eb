import type { ExportSource } from '../export/export-actions';
import { el } from './dom';

/**
 * The download panel. The export code (d3-geo drawing, PNG encoding,
 * ZIP) is loaded on first use; the first frame does not need it.
 */
export class ExportView {
  readonly element: HTMLElement;
  private readonly status = el('p', { class: 'export-status', role: 'status' });
  private readonly progress = el('progress', { class: 'export-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Pictures made' });
  private readonly cancel = el('button', { type: 'button', hidden: true }, ['Cancel']);
  private abort: AbortController | undefined;

  constructor(private readonly source: () => ExportSource) {
    const actions = () => import('../export/export-actions');
    const button = (label: string, run: () => Promise<string>) => {
      const element = el('button', { type: 'button' }, [label]);
      element.addEventListener('click', () => {
        this.status.textContent = 'Preparing…';
        run().then(
          (message) => (this.status.textContent = message),
          (error: unknown) => (this.status.textContent = `The export failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      });
      return element;
    };
    const pngButtons = [1, 2, 4].map((scale) =>
      button(`PNG ${scale}×`, async () => {
        const { exportPng } = await actions();
        const result = await exportPng(this.source(), scale);
        return `Saved ${result.fileName} (${Math.round(result.bytes / 1024)} KB).`;
      }),
    );
    const svgButton = button('SVG', async () => {
      const result = (await actions()).exportSvg(this.source());
      return `Saved ${result.fileName} (${Math.round(result.bytes / 1024)} KB).`;
    });
    const zipButton = button('Every year (ZIP)', async () => {
      const { exportAllYears } = await actions();
      this.abort = new AbortController();
      this.progress.hidden = false;
      this.cancel.hidden = false;
      try {
        const result = await exportAllYears(
          this.source(),
          1,
          (done, total) => {
            this.progress.max = total;
            this.progress.value = done;
            this.status.textContent = `Drawing year ${Math.min(done + 1, total)} of ${total}…`;
          },
          this.abort.signal,
        );
        return result ? `Saved ${result.fileName}: ${result.files} pictures, one a year.` : 'Cancelled.';
      } finally {
        this.progress.hidden = true;
        this.cancel.hidden = true;
      }
    });
    const csvButton = button('Table (CSV)', async () => `Saved ${(await actions()).exportCsv(this.source()).fileName}.`);
    this.cancel.addEventListener('click', () => this.abort?.abort());
    this.element = el('section', { class: 'export', 'aria-labelledby': 'export-title' }, [
      el('h2', { id: 'export-title' }, ['Download']),
      el('div', { class: 'export-buttons' }, [...pngButtons, svgButton, zipButton, csvButton]),
      el('div', { class: 'export-progress-row' }, [this.progress, this.cancel]),
      this.status,
    ]);
  }
}
