import { and, eq } from 'drizzle-orm';
import { creatives, enrollments, links, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { fillBanner } from '../../domain/fill-banner';
import { shortLinkUrl } from '../../domain/tracking-links';
import { NotFoundError } from '../../errors/app-error';
import { renderPngFile } from '../render-file';
import { renderedBannerKey } from './banner-cache';

export interface RenderBannerInput {
  /** The slug of the affiliate's banner link (prepareCreativeLink). */
  slug: string;
  width: number;
  height: number;
  format: 'svg' | 'png';
}

/**
 * One affiliate's banner of a template, at one of its sizes: the SVG filled with the affiliate's coupon code,
 * link and name, or its PNG, rendered once per template version and size and then read from R2. Public (it is
 * what the affiliate's page shows), so anything not renderable, an enrollment no longer active included,
 * answers the same not found.
 */
export async function renderBanner({
  ctx,
  input,
}: ServiceCall<RenderBannerInput>): Promise<{ body: Uint8Array | string; contentType: string }> {
  const [row] = await ctx.db
    .select({
      linkId: links.id,
      creativeId: creatives.id,
      template: creatives.template,
      templateVersion: creatives.templateVersion,
      sizes: creatives.sizes,
      status: enrollments.status,
      coupon: enrollments.couponCode,
      refCode: enrollments.refCode,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(links)
    .innerJoin(creatives, and(eq(creatives.id, links.creativeId), eq(creatives.organizationId, links.organizationId)))
    .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
    .innerJoin(users, eq(users.id, links.affiliateId))
    .where(and(eq(links.slug, input.slug), eq(creatives.kind, 'template')));
  const sized = row?.sizes?.some((s) => s.width === input.width && s.height === input.height);
  if (!row?.template || !sized || !isEnrollmentActive(row.status)) throw new NotFoundError('banner');
  const values = {
    coupon: row.coupon ?? '',
    link: shortLinkUrl(ctx.config.APP_BASE_URL, input.slug),
    name: [row.firstName, row.lastName].filter(Boolean).join(' ') || row.refCode,
  };
  const key = renderedBannerKey({
    ...row,
    width: input.width,
    height: input.height,
    values: [values.coupon, values.link, values.name],
  });
  if (input.format === 'png') {
    const cached = await ctx.config.UPLOADS.get(key);
    if (cached) return { body: new Uint8Array(await cached.arrayBuffer()), contentType: 'image/png' };
  }
  const svg = fillBanner(row.template, values, { width: input.width, height: input.height });
  if (input.format === 'svg') return { body: svg, contentType: 'image/svg+xml' };
  // Rendered by the renderer Worker: resvg's wasm and the font are no part of the API Worker's upload.
  const png = await renderPngFile({ ctx, input: { svg, width: input.width } });
  await ctx.config.UPLOADS.put(key, png, { httpMetadata: { contentType: 'image/png' } });
  return { body: png, contentType: 'image/png' };
}
