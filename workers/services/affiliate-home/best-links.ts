import { inArray } from 'drizzle-orm';
import { links, programs } from '../../../schema';
import type { ClickLinkForm } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { shortLinkUrl } from '../../domain/tracking-links';
import { affiliateScope } from '../access';
import { listCodeLinkPerformance, listLinkPerformance } from '../links';

export interface BestLink {
  organizationId: string;
  /** The saved link; null for a ready-made link (the affiliate's code in one of the link forms). */
  linkId: string | null;
  form: ClickLinkForm;
  programId: string;
  programName: string;
  /** The saved link's name; empty for a ready-made link, which the dashboard names by its form. */
  name: string;
  shortUrl: string | null;
  clicks: number;
  leads: number;
  sales: number;
  earnings: { currency: string; amountMinor: number }[];
}

/**
 * The affiliate's links with the request's advertiser that were clicked most in [from, to), with their
 * conversions: saved links and the ready-made ones alike, so traffic through a ref code counts as much as
 * traffic through a short link.
 */
export async function readBestLinks({
  ctx,
  input,
}: ServiceCall<{ from: Date; to: Date; limit: number }>): Promise<BestLink[]> {
  const { organizationId } = affiliateScope(ctx);
  const period = { from: input.from, to: input.to };
  const active = (l: { clicks: number; leads: number; sales: number }) => l.clicks + l.leads + l.sales > 0;
  const saved = (await listLinkPerformance({ ctx, input: period })).filter(active).slice(0, input.limit);
  const ready = (await listCodeLinkPerformance({ ctx, input: period })).filter(active).slice(0, input.limit);
  if (saved.length === 0 && ready.length === 0) return [];
  const rows = saved.length
    ? await ctx.db
        .select({ id: links.id, name: links.name, slug: links.slug, programId: links.programId })
        .from(links)
        .where(
          inArray(
            links.id,
            saved.map((l) => l.linkId),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const programIds = [...new Set([...rows.map((r) => r.programId), ...ready.map((r) => r.programId)])];
  const names = new Map(
    (
      await ctx.db
        .select({ id: programs.id, name: programs.name })
        .from(programs)
        .where(inArray(programs.id, programIds))
    ).map((p) => [p.id, p.name]),
  );
  return [
    ...saved.map((l) => {
      const link = byId.get(l.linkId);
      const programId = link?.programId ?? '';
      return {
        ...l,
        organizationId,
        form: 'short_link' as const,
        programId,
        programName: names.get(programId) ?? '',
        name: link?.name ?? '',
        shortUrl: shortLinkUrl(ctx.config.APP_BASE_URL, link?.slug ?? ''),
      };
    }),
    ...ready.map((l) => ({
      ...l,
      organizationId,
      linkId: null,
      programName: names.get(l.programId) ?? '',
      name: '',
      shortUrl: null,
    })),
  ]
    .sort((a, b) => b.clicks - a.clicks || b.leads + b.sales - (a.leads + a.sales))
    .slice(0, input.limit);
}
