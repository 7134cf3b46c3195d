import { sql } from 'drizzle-orm';
import type { ClickLinkForm } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { LIVE_LEAD, LIVE_SALE, linkEarningsJoin } from './link-traffic-sql';

/** The ready-made link forms: no saved link, only the affiliate's code (docs/tracking.md). */
export type CodeLinkForm = Exclude<ClickLinkForm, 'short_link'>;

export interface CodeLinkPerformance {
  programId: string;
  form: CodeLinkForm;
  clicks: number;
  leads: number;
  sales: number;
  /** The affiliate's own commissions on those conversions, per currency (never the sale amounts). */
  earnings: { currency: string; amountMinor: number }[];
}

/**
 * Clicks, leads, sales and earnings over [from, to) of the links no saved link stands for: the ready-made
 * /aff/{code} link, the ref code on the advertiser's own page and the /click link, per program and form, read
 * from the raw rows as listLinkPerformance reads saved links. Most clicked first.
 */
export async function listCodeLinkPerformance({
  ctx,
  input,
}: ServiceCall<{ from: Date; to: Date }>): Promise<CodeLinkPerformance[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const from = input.from.toISOString();
  const to = input.to.toISOString();
  const clicks = sql`code_clicks AS (
    SELECT id, program_id, link_form FROM affiliate.clicks
    WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ${organizationId}::uuid
      AND status = 'accepted' AND link_id IS NULL
      AND clicked_at >= ${from}::timestamptz AND clicked_at < ${to}::timestamptz
  )`;
  // As linkConversionsCte: only a click or fingerprint match stores the affiliate's own click.
  const conversions = sql`code_conversions AS (
    SELECT c.*, k.program_id AS link_program_id, k.link_form FROM affiliate.conversions c
    JOIN affiliate.clicks k ON k.id = c.click_id AND k.affiliate_id = ${affiliateId}::uuid AND k.link_id IS NULL
    WHERE c.organization_id = ${organizationId}::uuid AND c.affiliate_id = ${affiliateId}::uuid
      AND c.attribution_method IN ('click_id', 'fingerprint')
      AND c.occurred_at >= ${from}::timestamptz AND c.occurred_at < ${to}::timestamptz
  )`;
  const counts = await ctx.db.execute(sql`
    WITH ${clicks}, ${conversions},
    k AS (SELECT program_id, link_form, count(*) AS clicks FROM code_clicks GROUP BY 1, 2),
    v AS (SELECT link_program_id AS program_id, link_form, count(*) FILTER (WHERE ${LIVE_LEAD}) AS leads,
            count(*) FILTER (WHERE ${LIVE_SALE}) AS sales
          FROM code_conversions GROUP BY 1, 2)
    SELECT coalesce(k.program_id, v.program_id) AS program_id, coalesce(k.link_form, v.link_form) AS link_form,
      coalesce(k.clicks, 0)::int AS clicks, coalesce(v.leads, 0)::int AS leads, coalesce(v.sales, 0)::int AS sales
    FROM k FULL JOIN v ON v.program_id = k.program_id AND v.link_form = k.link_form`);
  const money = await ctx.db.execute(sql`
    WITH ${conversions}
    SELECT v.link_program_id AS program_id, v.link_form, m.currency::text AS currency, sum(m.amount_minor)::text AS amount
    FROM code_conversions v ${linkEarningsJoin({ organizationId, affiliateId, linkIds: [], from: input.from, to: input.to })}
    GROUP BY 1, 2, 3 ORDER BY 3`);
  const key = (programId: string, form: string) => `${programId}:${form}`;
  const earnings = new Map<string, { currency: string; amountMinor: number }[]>();
  for (const row of money.rows as { program_id: string; link_form: string; currency: string; amount: string }[]) {
    const list = earnings.get(key(row.program_id, row.link_form)) ?? [];
    list.push({ currency: row.currency, amountMinor: Number(row.amount) });
    earnings.set(key(row.program_id, row.link_form), list);
  }
  return (
    counts.rows as { program_id: string; link_form: CodeLinkForm; clicks: number; leads: number; sales: number }[]
  )
    .filter((row) => row.program_id !== null)
    .map((row) => ({
      programId: row.program_id,
      form: row.link_form,
      clicks: Number(row.clicks),
      leads: Number(row.leads),
      sales: Number(row.sales),
      earnings: earnings.get(key(row.program_id, row.link_form)) ?? [],
    }))
    .sort(
      (a, b) =>
        b.clicks - a.clicks ||
        b.leads + b.sales - (a.leads + a.sales) ||
        key(a.programId, a.form).localeCompare(key(b.programId, b.form)),
    );
}
