import type { ServiceCall } from '../../context';

/** Rendered PNGs live in the uploads bucket under the creative, so one prefix lists every render of it. */
const prefix = (creativeId: string) => `banner-render-${creativeId}-`;

/** FNV-1a of the affiliate's values, so a new coupon code or name renders anew under a new key. */
function valuesTag(values: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of values.join('\n')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The key of one affiliate's PNG of a template version at one size. The version changes with the template, so
 * a changed template never answers an old render even before the purge has run.
 */
export const renderedBannerKey = (input: {
  creativeId: string;
  templateVersion: number;
  linkId: string;
  width: number;
  height: number;
  values: readonly string[];
}) =>
  `${prefix(input.creativeId)}v${input.templateVersion}-${input.linkId}-${valuesTag(input.values)}-${input.width}x${input.height}.png`;

/** Deletes every render of a creative whose template changed or which is gone. A failure only leaves dead objects. */
export async function purgeRenderedBanners({ ctx, input }: ServiceCall<{ creativeId: string }>): Promise<void> {
  try {
    let cursor: string | undefined;
    do {
      const page = await ctx.config.UPLOADS.list({ prefix: prefix(input.creativeId), cursor });
      if (page.objects.length > 0) await ctx.config.UPLOADS.delete(page.objects.map((o) => o.key));
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  } catch (err) {
    ctx.log.error('banner_renders_purge_failed', { creativeId: input.creativeId, error: err });
  }
}
