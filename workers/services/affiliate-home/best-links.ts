import { inArray } from 'drizzle-orm';
import { links } from '../../../schema';
import type { ServiceCall } from '../../context';
import { shortLinkUrl } from '../../domain/tracking-links';
import { affiliateScope } from '../access';
import { type LinkPerformance, listLinkPerformance } from '../links';

export interface BestLink extends LinkPerformance {
  organizationId: string;
  name: string;
  shortUrl: string;
}

/** The affiliate's links with the request's advertiser that were clicked most in [from, to), with their conversions. */
export async function readBestLinks({
  ctx,
  input,
}: ServiceCall<{ from: Date; to: Date; limit: number }>): Promise<BestLink[]> {
  const { organizationId } = affiliateScope(ctx);
  const ranked = (await listLinkPerformance({ ctx, input: { from: input.from, to: input.to } }))
    .filter((l) => l.clicks + l.leads + l.sales > 0)
    .slice(0, input.limit);
  if (ranked.length === 0) return [];
  const rows = await ctx.db
    .select({ id: links.id, name: links.name, slug: links.slug })
    .from(links)
    .where(
      inArray(
        links.id,
        ranked.map((l) => l.linkId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.map((l) => ({
    ...l,
    organizationId,
    name: byId.get(l.linkId)?.name ?? '',
    shortUrl: shortLinkUrl(ctx.config.APP_BASE_URL, byId.get(l.linkId)?.slug ?? ''),
  }));
}
