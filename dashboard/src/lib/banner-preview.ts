import { bannerTemplateIssue } from '@domain/banner-template';
import { type BannerValues, fillBanner } from '@domain/fill-banner';

const asImage = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The size a template draws at: its first size, else its viewBox, else a medium rectangle. */
function sizeOf(template: string, size: { width: number; height: number } | null): { width: number; height: number } {
  if (size) return size;
  const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(template);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : { width: 300, height: 250 };
}

/**
 * A banner template as an image, filled in as the Worker fills it (the same `fillBanner`): the placeholders
 * replaced by `values` and the QR marker by the QR code of `values.link`, so a preview never shows "{{name}}" or a
 * black box. A template the rules refuse (still being typed) shows as drawn.
 */
export function bannerPreviewUrl(
  template: string,
  values: BannerValues,
  size: { width: number; height: number } | null = null,
): string {
  if (bannerTemplateIssue(template) !== null) return asImage(template);
  return asImage(fillBanner(template, values, sizeOf(template, size)));
}

/**
 * What an advertiser's previews fill a template with: a made-up affiliate in the reader's language, with a link on
 * this app's host, so the banner shows as an affiliate would get it.
 */
export function sampleBannerValues(sample: { name: string; coupon: string }): BannerValues {
  const origin = typeof window === 'undefined' ? 'https://example.com' : window.location.origin;
  return { name: sample.name, coupon: sample.coupon, link: `${origin}/aff/SAMPLE` };
}
