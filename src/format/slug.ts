import { asciiWords } from './ascii-words';

/**
 * Lower-case words joined by hyphens, for readable URLs and file names:
 * "Yorkshire and The Humber" → "yorkshire-and-the-humber", "Avon & Somerset"
 * → "avon-and-somerset". Accents are dropped so "Ynys Môn" stays ASCII.
 */
export function slugify(text: string): string {
  return asciiWords(text).join('-');
}
