import { type SQL, sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { findMyLinkOrThrow } from './find-my-link';
import { type LinkPerformance, listLinkPerformance } from './list-link-performance';
import { LIVE_LEAD, LIVE_SALE, linkClicksCte, linkConversionsCte, linkEarningsJoin } from './link-traffic-sql';

/** How many values a breakdown lists; the rest are summed into `otherClicks`. */
export const BREAKDOWN_TOP = 10;
/** How many of the period's conversions the page lists, newest first. */
export const LINK_CONVERSIONS_LIMIT = 50;

export interface Breakdown {
  items: { value: string; clicks: number }[];
  otherClicks: number;
}

export interface LinkDay {
  /** The local date (YYYY-MM-DD in the caller's time zone). */
  date: string;
  clicks: number;
  leads: number;
  sales: number;
}

export interface LinkConversion {
  id: string;
  eventType: string;
  status: string;
  occurredAt: Date;
  /** The affiliate's own commission on it, per currency; empty when it earned nothing. */
  commissions: { currency: string; amountMinor: number }[];
}

export interface LinkAnalytics {
  totals: LinkPerformance;
  days: LinkDay[];
  referrers: Breakdown;
  countries: Breakdown;
  devices: Breakdown;
  browsers: Breakdown;
  conversions: LinkConversion[];
}

export interface LinkAnalyticsInput {
  linkId: string;
  from: Date;
  to: Date;
  timeZone: string;
}

// The referring site's host: the rest of a Referer (path, query) can carry the visitor's data.
const REFERRER_HOST = sql.raw(`coalesce(lower(substring(referrer from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)')), '')`);

/**
 * One link's traffic over [from, to) from its raw clicks and the conversions credited through them:
 * clicks, leads and sales per local day, referring sites, countries, devices and browsers, and the
 * conversions with the affiliate's own commission. Another affiliate's link is not_found.
 */
export async function getLinkAnalytics({ ctx, input }: ServiceCall<LinkAnalyticsInput>): Promise<LinkAnalytics> {
  const link = await findMyLinkOrThrow({ ctx, input: { linkId: input.linkId } });
  const scope = { organizationId: link.organizationId, affiliateId: link.affiliateId, linkIds: [link.id], ...input };
  const [totals] = await listLinkPerformance({ ctx, input: { linkIds: [link.id], from: input.from, to: input.to } });
  const tz = sql`${input.timeZone}`;
  const days = await ctx.db.execute(sql`
    WITH ${linkClicksCte(scope)}, ${linkConversionsCte(scope)},
    k AS (SELECT (clicked_at AT TIME ZONE ${tz})::date AS d, count(*) AS clicks FROM link_clicks GROUP BY 1),
    v AS (SELECT (occurred_at AT TIME ZONE ${tz})::date AS d, count(*) FILTER (WHERE ${LIVE_LEAD}) AS leads,
            count(*) FILTER (WHERE ${LIVE_SALE}) AS sales FROM link_conversions GROUP BY 1)
    SELECT to_char(coalesce(k.d, v.d), 'YYYY-MM-DD') AS date, coalesce(k.clicks, 0)::int AS clicks,
      coalesce(v.leads, 0)::int AS leads, coalesce(v.sales, 0)::int AS sales
    FROM k FULL JOIN v ON v.d = k.d ORDER BY 1`);
  const breakdown = async (expression: SQL): Promise<Breakdown> => {
    const result = await ctx.db.execute(sql`
      WITH ${linkClicksCte(scope)}
      SELECT ${expression} AS value, count(*)::int AS clicks FROM link_clicks GROUP BY 1 ORDER BY 2 DESC, 1`);
    const rows = (result.rows as { value: string; clicks: number }[]).map((r) => ({
      value: String(r.value),
      clicks: Number(r.clicks),
    }));
    const items = rows.slice(0, BREAKDOWN_TOP);
    return { items, otherClicks: rows.slice(BREAKDOWN_TOP).reduce((n, r) => n + r.clicks, 0) };
  };
  const [referrers, countries, devices, browsers] = [
    await breakdown(REFERRER_HOST),
    await breakdown(sql.raw(`coalesce(country, 'ZZ')`)),
    await breakdown(sql.raw(`coalesce(device_type, 'unknown')`)),
    await breakdown(sql.raw(`coalesce(browser, '')`)),
  ];
  const conversions = await ctx.db.execute(sql`
    WITH ${linkConversionsCte(scope)},
    recent AS (SELECT * FROM link_conversions ORDER BY occurred_at DESC, id DESC LIMIT ${LINK_CONVERSIONS_LIMIT})
    SELECT v.id, v.event_type, v.status, v.occurred_at,
      coalesce(json_agg(json_build_object('currency', m.currency, 'amountMinor', m.amount_minor))
        FILTER (WHERE m.id IS NOT NULL), '[]') AS commissions
    FROM recent v LEFT ${linkEarningsJoin(scope)}
    GROUP BY v.id, v.event_type, v.status, v.occurred_at ORDER BY v.occurred_at DESC, v.id DESC`);
  return {
    totals: totals ?? { linkId: link.id, clicks: 0, leads: 0, sales: 0, earnings: [] },
    days: (days.rows as { date: string; clicks: number; leads: number; sales: number }[]).map((r) => ({
      date: r.date,
      clicks: Number(r.clicks),
      leads: Number(r.leads),
      sales: Number(r.sales),
    })),
    referrers,
    countries,
    devices,
    browsers,
    conversions: (conversions.rows as Record<string, unknown>[]).map((r) => ({
      id: String(r.id),
      eventType: String(r.event_type),
      status: String(r.status),
      occurredAt: new Date(String(r.occurred_at)),
      commissions: sumPerCurrency(r.commissions as { currency: string; amountMinor: number | string }[]),
    })),
  };
}

// A conversion may have several level-0 lines (a partial refund's adjustment): one amount per currency.
function sumPerCurrency(lines: { currency: string; amountMinor: number | string }[]) {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(l.currency, (sums.get(l.currency) ?? 0) + Number(l.amountMinor));
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}
