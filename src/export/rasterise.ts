/**
 * Draws an exported SVG onto a canvas at scale × its size and encodes it
 * as PNG. The PNG is thus the same drawing as the SVG (same extent,
 * colours, legend and sources), sharp at any scale because it is drawn
 * from vectors rather than enlarged from screen pixels.
 */
export async function rasteriseSvg(map: { svg: string; width: number; height: number }, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([map.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(map.width * scale);
    canvas.height = Math.round(map.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture (no 2D canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error(`The picture is too large for this browser at ${scale}× (${canvas.width} × ${canvas.height} pixels).`);
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file the way a download link does. Nothing leaves the browser. */
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
