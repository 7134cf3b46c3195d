import { BANNER_PLACEHOLDERS, type BannerPlaceholder, QR_MARKER } from './banner-template';
import { qrCodePath } from './qr-code-svg';
import { attrOf, tokenizeSvg } from './svg-tokens';

/** The affiliate's values a banner shows; `link` is also what its QR code encodes. */
export type BannerValues = Record<BannerPlaceholder, string>;

const escapeXml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The QR code of `link` drawn in the marked rect's box: a white square with the dark modules, scaled to fit. */
function qrGroup(attrs: { name: string; value: string }[], link: string): string {
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((side) => Number(attrOf(attrs, side)));
  const side = Math.min(width!, height!);
  const { size, path } = qrCodePath(link);
  const scale = side / size;
  return (
    `<g transform="translate(${x} ${y}) scale(${scale})" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></g>`
  );
}

/**
 * A validated template (bannerTemplateIssue answered null) filled for one affiliate at one size: each
 * placeholder replaced by its value, XML-escaped; the `<rect data-ae="qr">` replaced by the link's QR code; the
 * root's width and height set to the size (its viewBox scales the artwork, centred if the ratio differs).
 */
export function fillBanner(template: string, values: BannerValues, size: { width: number; height: number }): string {
  const tokens = tokenizeSvg(template);
  if (typeof tokens === 'string') throw new Error(`An unvalidated template reached the filler: ${tokens}`);
  let out = '';
  let root = true;
  // A marker written as <rect …></rect>: its closing tag goes with it.
  let dropClose = false;
  for (const token of tokens) {
    const raw = template.slice(token.start, token.end);
    if (token.type === 'text' && root) {
      // Only whitespace can stand before the root; the banner starts with <svg>.
    } else if (token.type === 'text') {
      out += raw.replace(PLACEHOLDER, (whole, name: string) =>
        (BANNER_PLACEHOLDERS as readonly string[]).includes(name)
          ? escapeXml(values[name as BannerPlaceholder])
          : whole,
      );
    } else if (token.type === 'open' && root) {
      root = false;
      const kept = token.attrs.filter((a) => !['width', 'height', 'xmlns'].includes(a.name));
      out += `<svg xmlns="${SVG_NS}" width="${size.width}" height="${size.height}"${kept
        .map((a) => ` ${a.name}="${a.value}"`)
        .join('')}${token.selfClosing ? '/>' : '>'}`;
    } else if (token.type === 'open' && attrOf(token.attrs, QR_MARKER) === 'qr') {
      out += qrGroup(token.attrs, values.link);
      dropClose = !token.selfClosing;
    } else if (token.type === 'close' && dropClose) {
      dropClose = false;
    } else if (token.type === 'comment' || token.type === 'declaration') {
      // Dropped: nothing of the advertiser's notes needs to reach the affiliate's page.
    } else out += raw;
  }
  return out;
}
