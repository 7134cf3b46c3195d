/** One piece of an SVG document as the template checker and the banner filler read it. */
export type SvgToken =
  | { type: 'open'; name: string; attrs: SvgAttr[]; selfClosing: boolean; start: number; end: number }
  | { type: 'close'; name: string; start: number; end: number }
  | { type: 'text'; text: string; start: number; end: number }
  | { type: 'comment'; start: number; end: number }
  | { type: 'declaration'; start: number; end: number };

export interface SvgAttr {
  name: string;
  value: string;
}

const NAME = /^[A-Za-z_][-A-Za-z0-9_.:]*/;
const ATTR = /^\s+([A-Za-z_][-A-Za-z0-9_.:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/;

/**
 * Splits SVG text into tags, text and comments, or answers why it cannot: a small strict reader, since the
 * Worker has no XML parser. Anything it does not know (DOCTYPE, CDATA, processing instructions but the leading
 * XML declaration, unquoted attributes) is refused rather than guessed at.
 */
export function tokenizeSvg(source: string): SvgToken[] | string {
  const tokens: SvgToken[] = [];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt !== i) {
      const end = lt < 0 ? source.length : lt;
      tokens.push({ type: 'text', text: source.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) return 'An unclosed comment';
      tokens.push({ type: 'comment', start: i, end: end + 3 });
      i = end + 3;
      continue;
    }
    if (source.startsWith('<?xml ', i) && tokens.every((t) => t.type === 'text' && t.text.trim() === '')) {
      const end = source.indexOf('?>', i);
      if (end < 0) return 'An unclosed XML declaration';
      tokens.push({ type: 'declaration', start: i, end: end + 2 });
      i = end + 2;
      continue;
    }
    if (source.startsWith('<!', i) || source.startsWith('<?', i))
      return 'DOCTYPE, entity declarations, CDATA and processing instructions are not allowed';
    if (source.startsWith('</', i)) {
      const name = NAME.exec(source.slice(i + 2))?.[0];
      const end = source.indexOf('>', i);
      if (!name || end < 0 || source.slice(i + 2 + name.length, end).trim() !== '') return 'A malformed closing tag';
      tokens.push({ type: 'close', name, start: i, end: end + 1 });
      i = end + 1;
      continue;
    }
    const name = NAME.exec(source.slice(i + 1))?.[0];
    if (!name) return 'A malformed tag';
    let j = i + 1 + name.length;
    const attrs: SvgAttr[] = [];
    for (;;) {
      const attr = ATTR.exec(source.slice(j, j + 100_000));
      if (!attr) break;
      attrs.push({ name: attr[1]!, value: attr[2] ?? attr[3] ?? '' });
      j += attr[0].length;
    }
    const rest = /^\s*(\/?)>/.exec(source.slice(j, j + 200));
    if (!rest) return `A malformed <${name}> tag (attributes need quoted values)`;
    const end = j + rest[0].length;
    tokens.push({ type: 'open', name, attrs, selfClosing: rest[1] === '/', start: i, end });
    i = end;
  }
  return tokens;
}

/** The attribute's value, or undefined. */
export const attrOf = (attrs: SvgAttr[], name: string): string | undefined => attrs.find((a) => a.name === name)?.value;
