import type { Creative } from '@/queries/creatives';
import type { MyEnrollment } from '@/queries/my-programs';

type TrackingLinks = NonNullable<MyEnrollment['trackingLinks']>;

/**
 * Where a creative should send visitors through the affiliate's tracking: a creative with its own target page
 * gets the /aff/{code} segment appended to that page (form 1), the others the tracking host's link, which
 * leads to the program's landing page.
 */
export function creativeHref(creative: Creative, links: TrackingLinks, refCode: string): string {
  if (!creative.targetUrl) return links.affTrackingHost;
  const target = new URL(creative.targetUrl);
  target.pathname = `${target.pathname.replace(/\/+$/, '')}/aff/${encodeURIComponent(refCode)}`;
  return target.toString();
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML an affiliate pastes into its site: a linked banner image, or a text link. */
export function creativeSnippet(creative: Creative, href: string): string {
  const link = escapeHtml(href);
  if (creative.kind === 'banner' && creative.imageUrl) {
    const size = creative.width && creative.height ? ` width="${creative.width}" height="${creative.height}"` : '';
    return `<a href="${link}" rel="sponsored"><img src="${escapeHtml(creative.imageUrl)}"${size} alt="${escapeHtml(creative.name)}"></a>`;
  }
  return `<a href="${link}" rel="sponsored">${escapeHtml(creative.body ?? creative.name)}</a>`;
}
