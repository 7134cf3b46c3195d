import { attrOf, type SvgAttr, tokenizeSvg } from './svg-tokens';

/** Largest template accepted, in characters: a banner's artwork, not a photo library. */
export const MAX_TEMPLATE_CHARS = 200_000;
/** Most elements a template may have; rendering cost grows with them. */
export const MAX_TEMPLATE_ELEMENTS = 2_000;

/** What a template may say in its text; each is replaced by the affiliate's value, XML-escaped. */
export const BANNER_PLACEHOLDERS = ['coupon', 'link', 'name'] as const;
export type BannerPlaceholder = (typeof BANNER_PLACEHOLDERS)[number];

/** The attribute that marks the `<rect>` a QR code of the affiliate's link replaces: `<rect data-ae="qr" …/>`. */
export const QR_MARKER = 'data-ae';

/** Elements that draw or structure; anything else (script, foreignObject, style, a, iframe…) is refused. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'image',
  'filter',
  'feGaussianBlur',
  'feOffset',
  'feFlood',
  'feComposite',
  'feMerge',
  'feMergeNode',
  'feBlend',
  'feColorMatrix',
  'feDropShadow',
]);

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** A raster image embedded in the template itself, the only kind of image it may show. */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;
const ENTITY = /&(?!(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;
const NUMBER = /^\s*[0-9]+(\.[0-9]+)?\s*$/;

function hrefIssue(element: string, attr: SvgAttr): string | null {
  const value = attr.value.trim();
  if (value.startsWith('#')) return null;
  if (element === 'image' && DATA_IMAGE.test(value)) return null;
  return `<${element}> ${attr.name} must point inside the template (#id) or embed a PNG, JPEG, GIF or WebP as data:`;
}

/** url(…) in presentation attributes and style may only name a fragment of the template. */
function urlIssue(value: string): boolean {
  for (const match of value.matchAll(/url\s*\(\s*['"]?\s*([^'")\s]*)/gi)) if (!match[1]!.startsWith('#')) return true;
  return /@import|expression\s*\(|javascript:/i.test(value);
}

function attrIssue(element: string, attr: SvgAttr): string | null {
  const name = attr.name.toLowerCase();
  if (name.startsWith('on')) return `Event handlers (${attr.name}) are not allowed`;
  if (name === 'href' || name === 'xlink:href') return hrefIssue(element, attr);
  if (name === 'xml:base') return 'xml:base is not allowed';
  if (urlIssue(attr.value)) return `<${element}> ${attr.name} refers outside the template`;
  if (attr.value.includes('{{')) return `Placeholders go in text, not in the ${attr.name} attribute`;
  if (ENTITY.test(attr.value)) return `<${element}> ${attr.name} has an unknown entity`;
  return null;
}

function qrIssue(element: string, attrs: SvgAttr[]): string | null {
  const marker = attrOf(attrs, QR_MARKER);
  if (marker === undefined) return null;
  if (marker !== 'qr' || element !== 'rect') return `Only <rect ${QR_MARKER}="qr"> is a placeholder`;
  for (const side of ['x', 'y', 'width', 'height'])
    if (!NUMBER.test(attrOf(attrs, side) ?? ''))
      return `The QR <rect> needs ${side} as a number of user units (e.g. x="10")`;
  return null;
}

function textIssue(text: string): string | null {
  if (ENTITY.test(text))
    return 'The text has an unknown entity (only &amp; &lt; &gt; &quot; &apos; and &#…; are allowed)';
  for (const match of text.matchAll(PLACEHOLDER))
    if (!(BANNER_PLACEHOLDERS as readonly string[]).includes(match[1]!))
      return `Unknown placeholder {{${match[1]}}}: use ${BANNER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`;
  return null;
}

/**
 * Why a banner template cannot be accepted, or null. An allow-list: only drawing elements, no scripts, event
 * handlers, styles sheets, foreignObject or references outside the template (so a rendered banner fetches
 * nothing and runs nothing where an affiliate embeds it). The root is one <svg> with a viewBox, so it scales
 * to every size of the creative.
 */
export function bannerTemplateIssue(source: string): string | null {
  if (source.length > MAX_TEMPLATE_CHARS) return `The template is larger than ${MAX_TEMPLATE_CHARS} characters`;
  const tokens = tokenizeSvg(source);
  if (typeof tokens === 'string') return tokens;
  const open: string[] = [];
  let elements = 0;
  let rootSeen = false;
  let emptyQr = false;
  for (const token of tokens) {
    if (emptyQr && !(token.type === 'close' || (token.type === 'text' && token.text.trim() === '')))
      return `The QR <rect ${QR_MARKER}="qr"> must be empty`;
    if (token.type === 'close') emptyQr = false;
    if (token.type === 'text') {
      if (open.length === 0 && token.text.trim() !== '') return 'Text outside the <svg> element';
      const issue = textIssue(token.text);
      if (issue) return issue;
      continue;
    }
    if (token.type === 'close') {
      if (open.pop() !== token.name) return `</${token.name}> closes nothing open`;
      continue;
    }
    if (token.type !== 'open') continue;
    if (open.length === 0) {
      if (rootSeen) return 'More than one root element';
      if (token.name !== 'svg') return 'The root element must be <svg>';
      if (!/^\s*-?[0-9.]+[\s,]+-?[0-9.]+[\s,]+[0-9.]+[\s,]+[0-9.]+\s*$/.test(attrOf(token.attrs, 'viewBox') ?? ''))
        return 'The <svg> element needs a viewBox (e.g. viewBox="0 0 300 250") so it scales to each size';
      rootSeen = true;
    }
    if (!ELEMENTS.has(token.name)) return `The <${token.name}> element is not allowed`;
    if (++elements > MAX_TEMPLATE_ELEMENTS) return `More than ${MAX_TEMPLATE_ELEMENTS} elements`;
    for (const attr of token.attrs) {
      const issue = attrIssue(token.name, attr);
      if (issue) return issue;
    }
    const qr = qrIssue(token.name, token.attrs);
    if (qr) return qr;
    if (!token.selfClosing) open.push(token.name);
    emptyQr = !token.selfClosing && attrOf(token.attrs, QR_MARKER) !== undefined;
  }
  if (!rootSeen) return 'No <svg> element';
  if (open.length > 0) return `<${open.at(-1)}> is never closed`;
  return null;
}
