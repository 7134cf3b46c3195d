/**
 * A small, safe Markdown subset for campaign messages: paragraphs (a blank line apart, single line breaks
 * kept), **bold**, *italic* or _italic_, [links](https://…) to http(s) and mailto only, and lists ("- " or
 * "* " bullets, "1. " numbers). Everything else is text. The source is parsed into a tree of those nodes
 * only; the email's HTML escapes every text node, and the dashboard renders the same tree as React
 * elements, so no markup, script, event handler or other URL scheme can come through either way.
 * Written here because no dependency of ours renders Markdown.
 */

export type MarkdownInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; text: string }
  | { kind: 'link'; href: string; children: MarkdownInline[] };

/** A paragraph is lines joined by line breaks; a list is items. */
export type MarkdownBlock = { kind: 'p'; lines: MarkdownInline[][] } | { kind: 'ul' | 'ol'; items: MarkdownInline[][] };

/** The schemes a link may use; anything else (javascript:, data:, vbscript:, relative) stays text. */
const SAFE_URL = /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i;

export function isSafeLinkUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

const LINK = /\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/g;
const EMPHASIS = /\*\*([^*\n]+?)\*\*|\*([^*\n]+?)\*|(^|[^\p{L}\p{N}_])_([^_\n]+?)_(?![\p{L}\p{N}_])/gu;

function emphasis(source: string): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  const text = (t: string) => t && nodes.push({ kind: 'text', text: t });
  let at = 0;
  for (const m of source.matchAll(EMPHASIS)) {
    const [whole, strong, star, before, underscore] = m;
    text(source.slice(at, m.index) + (before ?? ''));
    if (strong !== undefined) nodes.push({ kind: 'strong', text: strong });
    else nodes.push({ kind: 'em', text: (star ?? underscore)! });
    at = m.index + whole.length;
  }
  text(source.slice(at));
  return nodes;
}

/** One line of inline Markdown: links first (an unsafe one stays its own source text), then emphasis. */
export function parseInline(source: string): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  let at = 0;
  let pending = '';
  for (const m of source.matchAll(LINK)) {
    const [whole, label, url] = m as unknown as [string, string, string];
    pending += source.slice(at, m.index);
    if (isSafeLinkUrl(url)) {
      nodes.push(...emphasis(pending), { kind: 'link', href: url, children: emphasis(label) });
      pending = '';
    } else {
      pending += whole;
    }
    at = m.index + whole.length;
  }
  return [...nodes, ...emphasis(pending + source.slice(at))];
}

/** A list item's line: a bullet ("- ", "* ") or a number ("1. ", "1) "); group 1 is its text. */
export const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
export const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let open = false;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const last = blocks.at(-1);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const item = parseInline((bullet ?? numbered)![1]!.trim());
      if (open && last?.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
      open = true;
    } else if (line.trim() === '') {
      open = false;
    } else if (open && last?.kind === 'p') {
      last.lines.push(parseInline(line.trim()));
    } else {
      blocks.push({ kind: 'p', lines: [parseInline(line.trim())] });
      open = true;
    }
  }
  return blocks;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function nodeHtml(n: MarkdownInline): string {
  if (n.kind === 'text') return escapeHtml(n.text);
  if (n.kind === 'link')
    return `<a href="${escapeHtml(n.href)}" rel="noopener noreferrer nofollow" target="_blank">${inlineHtml(n.children)}</a>`;
  return `<${n.kind}>${escapeHtml(n.text)}</${n.kind}>`;
}

function inlineHtml(nodes: MarkdownInline[]): string {
  return nodes.map(nodeHtml).join('');
}

/** One line of inline Markdown as safe HTML. */
export const renderInline = (source: string): string => inlineHtml(parseInline(source));

/** The message as safe HTML: one element per block, nothing else. */
export function renderMarkdown(source: string): string {
  return parseMarkdown(source)
    .map((b) =>
      b.kind === 'p'
        ? `<p>${b.lines.map(inlineHtml).join('<br>')}</p>`
        : `<${b.kind}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${b.kind}>`,
    )
    .join('\n');
}

function nodeText(n: MarkdownInline): string {
  if (n.kind !== 'link') return n.text;
  const label = n.children.map(nodeText).join('');
  // A bare address as its own label is said once; "mailto:" is the mail program's word, not the reader's.
  const address = n.href.replace(/^mailto:/i, '');
  return label === n.href || label === address ? address : `${label} (${address})`;
}

const inlineText = (nodes: MarkdownInline[]): string => nodes.map(nodeText).join('');

/**
 * The message as plain text, for an email's text part: the same tree without its marks (no "**", no "[…](…)"),
 * a link as "label (address)", a bullet as "• " and a numbered item as "1. ", blocks a blank line apart.
 */
export function markdownToText(source: string): string {
  return parseMarkdown(source)
    .map((b) =>
      b.kind === 'p'
        ? b.lines.map(inlineText).join('\n')
        : b.items.map((item, i) => `${b.kind === 'ul' ? '•' : `${i + 1}.`} ${inlineText(item)}`).join('\n'),
    )
    .join('\n\n');
}
