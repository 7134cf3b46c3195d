/**
 * The link forms an affiliate can share, built from the tracking origin and the
 * enrollment. The tracker parses the same shapes: parse-aff-path.ts and parse-click-request.ts.
 */
export interface TrackingLinkForms {
  /** Form 1: `/aff/{code}` appended to a page of the partner's site. */
  affPath: string;
  /** Form 1 on the tracking host: redirects to the program's landing URL. */
  affTrackingHost: string;
  /** Form 2: `/click?o={offer}&a={affiliate}`, with optional sub1…sub10. */
  click: string;
}

export function trackingLinkForms(input: {
  trackingOrigin: string;
  landingUrl: string;
  refCode: string;
  programId: string;
  affiliateId: string;
}): TrackingLinkForms {
  const code = encodeURIComponent(input.refCode);
  const origin = new URL(input.trackingOrigin).origin;
  let affPath: string;
  try {
    const landing = new URL(input.landingUrl);
    affPath = `${landing.origin}${landing.pathname.replace(/\/+$/, '')}/aff/${code}`;
  } catch {
    affPath = `${origin}/aff/${code}`;
  }
  const click = new URL('/click', origin);
  click.searchParams.set('o', input.programId);
  click.searchParams.set('a', input.affiliateId);
  return { affPath, affTrackingHost: `${origin}/aff/${code}`, click: click.href };
}

export const shortLinkUrl = (trackingOrigin: string, slug: string): string =>
  `${new URL(trackingOrigin).origin}/r/${encodeURIComponent(slug)}`;

export const UtmKey = ['source', 'medium', 'campaign', 'term', 'content'] as const;
export type UtmKey = (typeof UtmKey)[number];
export type Utm = Partial<Record<UtmKey, string>>;

/** The query parameters a short link adds on redirect: `utm_*` first, then the custom ones. */
export function linkParams(utm: Utm, custom: Record<string, string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of UtmKey) if (utm[key]) params[`utm_${key}`] = utm[key];
  return { ...params, ...custom };
}

/** The inverse of linkParams: custom keys never start with `utm_`, so the split is lossless. */
export function splitLinkParams(params: Record<string, string>): { utm: Utm; custom: Record<string, string> } {
  const utm: Utm = {};
  const custom: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const utmKey = key.startsWith('utm_') ? (key.slice(4) as UtmKey) : null;
    if (utmKey && (UtmKey as readonly string[]).includes(utmKey)) utm[utmKey] = value;
    else custom[key] = value;
  }
  return { utm, custom };
}

/**
 * Where a short link sends the browser, with click macros such as `{click_id}` left in place for
 * the tracker to fill (it appends the same params after expanding them).
 */
export function linkDestination(landingUrl: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  if (!query) return landingUrl;
  const hashAt = landingUrl.indexOf('#');
  const [base, hash] = hashAt < 0 ? [landingUrl, ''] : [landingUrl.slice(0, hashAt), landingUrl.slice(hashAt)];
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash}`;
}
