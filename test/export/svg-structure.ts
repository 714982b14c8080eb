import { SaxesParser } from 'saxes';

/**
 * An exported SVG as its structure, one element a line, indented by depth:
 * the tag, its attributes in name order, and its text. Numbers are rounded
 * to whole units, and a path's or polygon's geometry is summed up as its
 * commands and its bounding box, so that the comparison catches an element,
 * attribute, word or position gone astray, not a float's last digits.
 */
export function svgStructure(svg: string): string {
  const parser = new SaxesParser();
  const lines: string[] = [];
  let depth = 0;
  parser.on('opentag', (tag) => {
    const attributes = Object.entries(tag.attributes as Record<string, string>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${name === 'd' || name === 'points' ? geometry(value) : rounded(value)}`);
    lines.push(`${'  '.repeat(depth)}<${tag.name}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}>`);
    depth++;
  });
  parser.on('closetag', () => depth--);
  parser.on('text', (text) => {
    if (text.trim() !== '') lines.push(`${'  '.repeat(depth)}"${text.trim()}"`);
  });
  parser.write(svg).close();
  return `${lines.join('\n')}\n`;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

function rounded(value: string): string {
  // Colours (#3182bd) and ids keep their digits; numbers in anything else are rounded.
  if (/^#[0-9a-f]{3,8}$/i.test(value) || /^[a-z][\w-]*$/i.test(value)) return value;
  return value.replace(NUMBER, (number) => String(Math.round(Number(number)) || 0));
}

/** "M×43 L×1,201 Z×50 in 10,20 to 500,600": how a path is drawn, not each of its points. */
function geometry(data: string): string {
  const commands = new Map<string, number>();
  for (const command of data.match(/[A-Za-z]/g) ?? []) commands.set(command, (commands.get(command) ?? 0) + 1);
  const numbers = (data.replace(/[A-Za-z]/g, ' ').match(NUMBER) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  const box =
    xs.length === 0
      ? 'empty'
      : `${Math.round(Math.min(...xs))},${Math.round(Math.min(...ys))} to ${Math.round(Math.max(...xs))},${Math.round(Math.max(...ys))}`;
  return `[${[...commands].map(([command, count]) => `${command}×${count}`).join(' ')} in ${box}]`;
}
