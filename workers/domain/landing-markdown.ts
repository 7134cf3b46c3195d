import { BULLET, escapeHtml, NUMBERED, renderInline } from './markdown';

/**
 * The Markdown of a landing page's text blocks, as safe HTML: the campaign subset (paragraphs, emphasis, lists,
 * http(s)/mailto links) plus headings ("#" and "##" as large as the page's section headings, "###" a level below, "####" and deeper the
 * smallest) and code (`spans`
 * and ``` fences). Every piece of the source reaches the HTML only as escaped text or as one of those elements,
 * so no tag, attribute or URL scheme of the writer's survives.
 */
export function renderLandingMarkdown(source: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  // Widened by the cast: flush() resets it, which the compiler cannot see inside the loop.
  let list = null as { kind: 'ul' | 'ol'; items: string[] } | null;
  let fence: string[] | null = null;
  const flush = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inline).join('<br>')}</p>`);
    if (list) out.push(`<${list.kind}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.kind}>`);
    paragraph = [];
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      if (FENCE.test(line)) {
        out.push(`<pre><code>${escapeHtml(fence.join('\n'))}</code></pre>`);
        fence = null;
      } else fence.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (FENCE.test(line)) {
      flush();
      fence = [];
    } else if (heading) {
      flush();
      // "##" is how most writers start a section: it must not read smaller than the page's generated sections.
      const level = Math.min(Math.max(heading[1]!.length, 2), 4);
      out.push(`<h${level}>${inline(heading[2]!.trim())}</h${level}>`);
    } else if (item) {
      const kind = BULLET.test(line) ? 'ul' : 'ol';
      if (list?.kind !== kind) flush();
      list ??= { kind, items: [] };
      list.items.push(item[1]!.trim());
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  // An unclosed fence still shows its lines, as code.
  if (fence) out.push(`<pre><code>${escapeHtml(fence.join('\n'))}</code></pre>`);
  flush();
  return out.join('\n');
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s{0,3}```/;
const CODE_SPAN = /`([^`\n]+)`/g;

/** A line's inline Markdown: code spans are escaped as they are, the rest is the campaign subset's inline. */
function inline(source: string): string {
  let html = '';
  let at = 0;
  for (const m of source.matchAll(CODE_SPAN)) {
    html += renderInline(source.slice(at, m.index));
    html += `<code>${escapeHtml(m[1]!)}</code>`;
    at = m.index + m[0].length;
  }
  return html + renderInline(source.slice(at));
}
