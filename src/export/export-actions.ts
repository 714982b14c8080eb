import type { ExportFileNameParts } from './file-names';
import { rasteriseSvg, saveFile } from './rasterise';
import { renderSvgMap, type SvgMapInput } from './svg-map';
import { tableCsv, type TableCsvRow } from './table-csv';
import { zipFiles } from './zip';

/** What an export needs to know of the view: drawn once per year for the ZIP. */
export interface ExportSource {
  /** The map as shown, for the year at yearIndex. */
  svgInput(yearIndex: number): SvgMapInput;
  yearIndex: number;
  years: readonly string[];
  tableRows(): TableCsvRow[];
  fileName(parts: Pick<ExportFileNameParts, 'extension'> & { year: string | undefined }): string;
}

export async function exportPng(source: ExportSource, scale: number): Promise<{ fileName: string; bytes: number }> {
  const png = await rasteriseSvg(renderSvgMap(source.svgInput(source.yearIndex)), scale);
  const fileName = source.fileName({ extension: 'png', year: source.years[source.yearIndex] });
  saveFile(png, scale === 1 ? fileName : fileName.replace(/\.png$/, `@${scale}x.png`));
  return { fileName, bytes: png.size };
}

export function exportSvg(source: ExportSource): { fileName: string; bytes: number } {
  const { svg } = renderSvgMap(source.svgInput(source.yearIndex));
  const fileName = source.fileName({ extension: 'svg', year: source.years[source.yearIndex] });
  saveFile(new Blob([svg], { type: 'image/svg+xml' }), fileName);
  return { fileName, bytes: svg.length };
}

export function exportCsv(source: ExportSource): { fileName: string } {
  const fileName = source.fileName({ extension: 'csv', year: source.years[source.yearIndex] });
  saveFile(new Blob([tableCsv(source.tableRows())], { type: 'text/csv;charset=utf-8' }), fileName);
  return { fileName };
}

/**
 * One PNG a year, in a ZIP. Each year is drawn in its own task, with a
 * pause between, so the page stays responsive; the signal cancels it
 * between years.
 */
export async function exportAllYears(source: ExportSource, scale: number, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<{ fileName: string; files: number } | undefined> {
  const files: { name: string; data: Uint8Array }[] = [];
  const total = source.years.length;
  onProgress(0, total);
  for (let yearIndex = 0; yearIndex < total; yearIndex++) {
    if (signal.aborted) return undefined;
    const png = await rasteriseSvg(renderSvgMap(source.svgInput(yearIndex)), scale);
    files.push({ name: source.fileName({ extension: 'png', year: source.years[yearIndex] }), data: new Uint8Array(await png.arrayBuffer()) });
    onProgress(yearIndex + 1, total);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (signal.aborted) return undefined;
  const fileName = source.fileName({ extension: 'zip', year: undefined });
  saveFile(new Blob([zipFiles(files) as BlobPart], { type: 'application/zip' }), fileName);
  return { fileName, files: files.length };
}

