/** A piece of a message: text, or an address to link (href set). */
export type TextPart = { text: string; at: number; href?: string };
// `at`: where the part starts in the text, a stable key for it.

// An http(s) address up to whitespace; trailing punctuation belongs to the sentence, not the address.
const URL_PATTERN = /https?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

/** Splits text into plain parts and http(s) links; any other scheme (javascript:, data:) stays text. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const url = raw.replace(TRAILING, '');
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), at: last });
    let href: string | undefined;
    try {
      const parsed = new URL(url);
      href = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
    } catch {
      href = undefined;
    }
    parts.push(href ? { text: url, at: start, href } : { text: url, at: start });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), at: last });
  return parts;
}
