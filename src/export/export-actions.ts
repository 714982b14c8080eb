import type { ExportFileNameParts } from './file-names';
import { pictureSize, sizedPicture, smallMultiplesFrame, type PictureSize, type PictureSizeId } from './export-sizes';
import { figuresCsv, type FigureCsvRow } from './figures-csv';
import { withPngText } from './png-text';
import { rasteriseSvg, saveFile } from './rasterise';
import { renderSmallMultiples, type SmallMultiplesModel } from './small-multiples';
import { renderSvgMap, type SvgMapInput } from './svg-map';
import { tableCsv, type ShownTable } from './table-csv';
import { zipFiles } from './zip';

/** What an export needs to know of the view: drawn once per year for the ZIP and the grid. */
export interface ExportSource extends SmallMultiplesModel {
  /** The map as shown, for the year at yearIndex: the screen's extent in view and the map's width (0 when hidden). */
  svgInput(yearIndex: number): SvgMapInput;
  yearIndex: number;
  /** The table as it stands on screen: its columns, its rows in the order shown, and its source. */
  table(): ShownTable;
  figureRows(): FigureCsvRow[];
  fileName(parts: Pick<ExportFileNameParts, 'extension' | 'variant'> & { year: string | undefined }): string;
}

export type PictureFormat = 'png' | 'svg';

export interface SavedPicture {
  fileName: string;
  bytes: number;
  /** The picture's size in pixels, as saved. */
  width: number;
  height: number;
  /** Why the picture differs from the screen, when it does (the map hidden, or too narrow). */
  adjustment: string | undefined;
}

/** How a picture is asked for: its frame, its pixels per unit (1, 2 or 4; a PNG's only), and PNG or SVG. */
export interface PictureRequest {
  size: PictureSizeId;
  scale: number;
  format: PictureFormat;
}

/** The file name for a picture: a preset is named ("_social-card"), a PNG at 2× or 4× marked "@2x" as icons are. */
function pictureFileName(
  source: ExportSource,
  size: PictureSize,
  scale: number,
  extension: PictureFormat | 'zip',
  year: string | undefined,
  kind?: string,
): string {
  const variant = [kind, size.kind === 'preset' ? size.id : undefined].filter((part) => part !== undefined).join('-');
  const name = source.fileName({ extension, year, ...(variant ? { variant } : {}) });
  return scale !== 1 && extension === 'png' ? name.replace(/\.png$/, `@${scale}x.png`) : name;
}

/** The picture as PNG bytes, carrying what it shows in words (its alt text) as the PNG's "Description". */
async function describedPng(svg: { svg: string; width: number; height: number }, scale: number, description: string): Promise<Uint8Array> {
  const png = new Uint8Array(await (await rasteriseSvg(svg, scale)).arrayBuffer());
  return withPngText(png, 'Description', description);
}

/** The SVG carries its description in <desc>; a PNG in its text metadata. */
async function save(
  svg: { svg: string; width: number; height: number },
  description: string,
  scale: number,
  format: PictureFormat,
  fileName: string,
): Promise<{ bytes: number; width: number; height: number }> {
  if (format === 'svg') {
    saveFile(new Blob([svg.svg], { type: 'image/svg+xml' }), fileName);
    return { bytes: svg.svg.length, width: svg.width, height: svg.height };
  }
  const png = await describedPng(svg, scale, description);
  saveFile(new Blob([png as BlobPart], { type: 'image/png' }), fileName);
  return { bytes: png.length, width: Math.round(svg.width * scale), height: Math.round(svg.height * scale) };
}

/** The year shown, as a PNG or SVG. */
export async function exportPicture(source: ExportSource, request: PictureRequest): Promise<SavedPicture> {
  const size = pictureSize(request.size);
  const sized = sizedPicture(source.svgInput(source.yearIndex), size);
  const fileName = pictureFileName(source, size, request.scale, request.format, source.years[source.yearIndex]);
  const saved = await save(renderSvgMap(sized.input), sized.input.description, request.scale, request.format, fileName);
  return { fileName, ...saved, adjustment: sized.adjustment };
}

/** Every year in one grid of small maps, as a PNG or SVG. */
export async function exportSmallMultiples(source: ExportSource, request: PictureRequest): Promise<SavedPicture> {
  const size = pictureSize(request.size);
  const screen = source.svgInput(source.yearIndex);
  const frame = smallMultiplesFrame(screen.width, size);
  const fileName = pictureFileName(source, size, request.scale, request.format, undefined, 'small-multiples');
  const saved = await save(
    renderSmallMultiples(source, screen.features, frame, screen.tiles),
    source.allYearsDescription,
    request.scale,
    request.format,
    fileName,
  );
  const adjusted = size.kind === 'screen' && frame.width !== screen.width;
  return {
    fileName,
    ...saved,
    adjustment: adjusted ? `the map is ${Math.round(screen.width)} px wide on screen, so the grid is drawn ${frame.width} px wide` : undefined,
  };
}

export function exportCsv(source: ExportSource): { fileName: string } {
  const fileName = source.fileName({ extension: 'csv', year: source.years[source.yearIndex] });
  saveFile(new Blob([tableCsv(source.table())], { type: 'text/csv;charset=utf-8' }), fileName);
  return { fileName };
}

/** Every year of every force in view, every measure: the tidy CSV. */
export function exportFiguresCsv(source: ExportSource): { fileName: string; rows: number } {
  const rows = source.figureRows();
  const fileName = source.fileName({ extension: 'csv', year: undefined, variant: 'all-figures' });
  saveFile(new Blob([figuresCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName);
  return { fileName, rows: rows.length };
}

/**
 * One PNG a year in the chosen frame, at 1×, in a ZIP, each with a text
 * file of the same name holding what it shows in words (its alt text). Each year is drawn
 * in its own task, with a pause between, so the page stays responsive; the
 * signal cancels it between years.
 */
export async function exportAllYears(
  source: ExportSource,
  sizeId: PictureSizeId,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<{ fileName: string; files: number } | undefined> {
  const size = pictureSize(sizeId);
  const files: { name: string; data: Uint8Array }[] = [];
  const total = source.years.length;
  onProgress(0, total);
  for (let yearIndex = 0; yearIndex < total; yearIndex++) {
    if (signal.aborted) return undefined;
    const { input } = sizedPicture(source.svgInput(yearIndex), size);
    const name = pictureFileName(source, size, 1, 'png', source.years[yearIndex]);
    files.push({ name, data: await describedPng(renderSvgMap(input), 1, input.description) });
    files.push({ name: name.replace(/\.png$/, '.txt'), data: new TextEncoder().encode(`${input.description}\n`) });
    onProgress(yearIndex + 1, total);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (signal.aborted) return undefined;
  const fileName = pictureFileName(source, size, 1, 'zip', undefined);
  saveFile(new Blob([zipFiles(files) as BlobPart], { type: 'application/zip' }), fileName);
  return { fileName, files: total };
}
