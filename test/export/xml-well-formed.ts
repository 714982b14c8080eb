/**
 * A minimal XML well-formedness check for the exported SVG: one root
 * element, tags closed in order, attributes quoted and not repeated, no
 * "<" in text or attribute values, every "&" a known entity, no character
 * XML forbids. Enough to prove that escaping held; not a full parser (no
 * DTDs, CDATA or processing instructions besides the XML declaration).
 */
export function assertWellFormedXml(text: string): void {
  const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed XML at offset ${i} (${JSON.stringify(text.slice(Math.max(0, i - 30), i + 30))}): ${message}`);
  };
  const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(text);
  if (illegal) {
    i = illegal.index;
    fail('a character XML forbids');
  }
  const checkEntities = (segment: string, offset: number) => {
    for (let at = segment.indexOf('&'); at >= 0; at = segment.indexOf('&', at + 1)) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/.test(segment.slice(at))) {
        i = offset + at;
        fail('"&" that starts no entity');
      }
    }
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (!match) return fail('expected a name');
    i = NAME.lastIndex;
    return match[0];
  };

  if (text.startsWith('<?xml')) {
    const close = text.indexOf('?>');
    if (close < 0) fail('unclosed XML declaration');
    i = close + 2;
  }
  while (i < text.length) {
    const open = text.indexOf('<', i);
    const end = open < 0 ? text.length : open;
    const characters = text.slice(i, end);
    if (stack.length === 0 && characters.trim() !== '') fail('text outside the root element');
    if (characters.includes('>')) fail('">" in text (escaped output writes &gt;)');
    checkEntities(characters, i);
    i = end;
    if (open < 0) break;

    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) fail('unclosed comment');
      i = close + 3;
      continue;
    }
    if (text.startsWith('</', i)) {
      i += 2;
      const closing = name();
      skipSpace();
      if (text[i] !== '>') fail('expected ">" after an end tag');
      i++;
      const opened = stack.pop();
      if (opened !== closing) fail(`</${closing}> closes <${opened ?? 'nothing'}>`);
      continue;
    }
    i++;
    if (stack.length === 0 && rootSeen) fail('a second root element');
    const element = name();
    rootSeen = true;
    const attributes = new Set<string>();
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith('/>', i)) {
        i += 2;
        break;
      }
      if (text[i] === '>') {
        i++;
        stack.push(element);
        break;
      }
      if (i === before) fail('attributes must be separated by white space');
      const attribute = name();
      if (attributes.has(attribute)) fail(`attribute ${attribute} given twice`);
      attributes.add(attribute);
      skipSpace();
      if (text[i] !== '=') fail(`attribute ${attribute} has no value`);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} is not quoted`);
      const close = text.indexOf(quote!, i + 1);
      if (close < 0) fail(`attribute ${attribute} is not closed`);
      const value = text.slice(i + 1, close);
      if (value.includes('<')) fail(`"<" in attribute ${attribute}`);
      checkEntities(value, i + 1);
      i = close + 1;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]}> is never closed`);
  if (!rootSeen) fail('no root element');
}
