// Each stats rollup and the same aggregate written from raw rows, as SQL text: the workers tests compare them
// (stats-storage-checks.ts), and so does the ledger soak at each checkpoint (bench/lib/soak-invariants.ts).
import { PgDialect } from 'drizzle-orm/pg-core';
import { clickRollupRows, type HourlyClickRollup } from '../workers/services/click-rollup-ctes';

export const Z = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** An hourly click rollup as readers take it (stored hours, and the raw clicks of the hours not summed yet). */
const visible = (table: HourlyClickRollup) => `${new PgDialect().sqlToQuery(clickRollupRows(table)).sql} AS h`;
/** The first UTC day the daily click rollups do not hold whole: readers take the days before it only. */
const WHOLE_DAYS_END = `date_trunc('day', coalesce((SELECT derived_through FROM affiliate.click_rollups_derived), 'infinity'::timestamptz), 'UTC')`;

/** Each rollup's rows and the same aggregate written from raw rows, both as sorted row texts. */
export const CHECKS: Record<string, { rollup: string; raw: string }> = {
  click_stats_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)::text AS r FROM ${visible('click_stats_hourly')}`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'),
            organization_id, app_id, coalesce(affiliate_id, ${Z}), count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique),
            count(*) FILTER (WHERE status = 'rejected'))::text AS r
          FROM affiliate.clicks WHERE program_id IS NOT NULL
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id`,
  },
  click_rejections_hourly: {
    rollup: `SELECT (hour, organization_id, program_id, enrollment_id, affiliate_id, reason, clicks)::text AS r FROM ${visible('click_rejections_hourly')}`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), coalesce(organization_id, ${Z}), coalesce(program_id, ${Z}), coalesce(enrollment_id, ${Z}),
            coalesce(affiliate_id, ${Z}), reject_reason, count(*))::text AS r
          FROM affiliate.clicks WHERE status = 'rejected'
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), organization_id, program_id, enrollment_id, affiliate_id, reject_reason`,
  },
  click_tech_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, device_type, os, browser, clicks, unique_clicks)::text AS r FROM ${visible('click_tech_hourly')}`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), coalesce(device_type, 'unknown'), coalesce(os, ''),
            coalesce(browser, ''), count(*), count(*) FILTER (WHERE is_unique))::text AS r
          FROM affiliate.clicks WHERE status = 'accepted' AND program_id IS NOT NULL
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), program_id, enrollment_id, device_type, os, browser`,
  },
  click_links_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, link_id, clicks, unique_clicks)::text AS r FROM ${visible('click_links_hourly')}`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), coalesce(link_id, ${Z}), count(*),
            count(*) FILTER (WHERE is_unique))::text AS r
          FROM affiliate.clicks WHERE status = 'accepted' AND program_id IS NOT NULL
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), program_id, enrollment_id, link_id`,
  },
  click_subs_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, slot, value, clicks, unique_clicks)::text AS r FROM ${visible('click_subs_hourly')}`,
    raw: `SELECT (date_trunc('hour', c.clicked_at, 'UTC'), c.program_id, coalesce(c.enrollment_id, ${Z}), x.slot, x.value, count(*),
            count(*) FILTER (WHERE c.is_unique))::text AS r
          FROM affiliate.clicks c, unnest(ARRAY[c.sub1, c.sub2, c.sub3, c.sub4, c.sub5, c.sub6, c.sub7, c.sub8, c.sub9, c.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE c.status = 'accepted' AND c.program_id IS NOT NULL AND x.value IS NOT NULL
          GROUP BY date_trunc('hour', c.clicked_at, 'UTC'), c.program_id, c.enrollment_id, x.slot, x.value`,
  },
  click_program_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, app_id, clicks, unique_clicks, rejected_clicks)::text AS r FROM ${visible('click_program_hourly')}`,
    raw: `SELECT (organization_id, date_trunc('hour', clicked_at, 'UTC'), program_id, app_id, count(*) FILTER (WHERE status = 'accepted'),
            count(*) FILTER (WHERE is_unique), count(*) FILTER (WHERE status = 'rejected'))::text AS r
          FROM affiliate.clicks WHERE program_id IS NOT NULL
          GROUP BY organization_id, date_trunc('hour', clicked_at, 'UTC'), program_id, app_id`,
  },
  click_geo_hourly: {
    rollup: `SELECT (organization_id, hour, country, device_type, clicks, unique_clicks, rejected_clicks)::text AS r FROM ${visible('click_geo_hourly')}`,
    raw: `SELECT (organization_id, date_trunc('hour', clicked_at, 'UTC'), coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'),
            count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique), count(*) FILTER (WHERE status = 'rejected'))::text AS r
          FROM affiliate.clicks WHERE program_id IS NOT NULL
          GROUP BY organization_id, date_trunc('hour', clicked_at, 'UTC'), coalesce(country, 'ZZ'), coalesce(device_type, 'unknown')`,
  },
  click_enrollment_daily: {
    rollup: `SELECT (organization_id, day, program_id, enrollment_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)::text AS r
          FROM affiliate.click_enrollment_daily WHERE day < ${WHOLE_DAYS_END}`,
    raw: `SELECT (organization_id, date_trunc('day', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), app_id, coalesce(affiliate_id, ${Z}),
            count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique), count(*) FILTER (WHERE status = 'rejected'))::text AS r
          FROM affiliate.clicks WHERE program_id IS NOT NULL AND date_trunc('day', clicked_at, 'UTC') < ${WHOLE_DAYS_END}
          GROUP BY organization_id, date_trunc('day', clicked_at, 'UTC'), program_id, enrollment_id, app_id, affiliate_id`,
  },
  click_subs_daily: {
    rollup: `SELECT (organization_id, slot, day, value, clicks, unique_clicks)::text AS r FROM affiliate.click_subs_daily
          WHERE day < ${WHOLE_DAYS_END}`,
    raw: `SELECT (c.organization_id, x.slot, date_trunc('day', c.clicked_at, 'UTC'), x.value, count(*), count(*) FILTER (WHERE c.is_unique))::text AS r
          FROM affiliate.clicks c, unnest(ARRAY[c.sub1, c.sub2, c.sub3, c.sub4, c.sub5, c.sub6, c.sub7, c.sub8, c.sub9, c.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE c.status = 'accepted' AND c.program_id IS NOT NULL AND x.value IS NOT NULL
            AND date_trunc('day', c.clicked_at, 'UTC') < ${WHOLE_DAYS_END}
          GROUP BY c.organization_id, x.slot, date_trunc('day', c.clicked_at, 'UTC'), x.value`,
  },
  conversion_stats_hourly: {
    rollup: `SELECT (organization_id, hour, app_id, program_id, enrollment_id, affiliate_id, country, device_type, event_type, status, currency, conversions, revenue_minor)::text AS r
          FROM affiliate.conversion_stats_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.app_id, coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}),
            coalesce(v.affiliate_id, ${Z}), coalesce(k.country, 'ZZ'), coalesce(k.device_type, 'unknown'), v.event_type, v.status,
            coalesce(v.currency, 'XXX'), count(*), sum(v.amount_minor))::text AS r
          FROM affiliate.conversions v LEFT JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.app_id, v.program_id, v.enrollment_id, v.affiliate_id,
            k.country, k.device_type, v.event_type, v.status, v.currency`,
  },
  conversion_subs_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, enrollment_id, slot, value, event_type, status, currency, conversions, revenue_minor)::text AS r
          FROM affiliate.conversion_subs_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}), x.slot, x.value,
            v.event_type, v.status, coalesce(v.currency, 'XXX'), count(*), sum(v.amount_minor))::text AS r
          FROM affiliate.conversions v JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL,
            unnest(ARRAY[k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE x.value IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.program_id, v.enrollment_id, x.slot, x.value, v.event_type, v.status, v.currency`,
  },
  commission_stats_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, enrollment_id, affiliate_id, beneficiary_id, level, kind, status, country, device_type, currency, lines, amount_minor)::text AS r
          FROM affiliate.commission_stats_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}),
            coalesce(v.affiliate_id, ${Z}), m.beneficiary_id, m.level, m.kind, m.status, coalesce(k.country, 'ZZ'), coalesce(k.device_type, 'unknown'),
            m.currency, count(*), sum(m.amount_minor))::text AS r
          FROM affiliate.commissions m JOIN affiliate.conversions v ON v.id = m.conversion_id
            LEFT JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.program_id, v.enrollment_id, v.affiliate_id, m.beneficiary_id,
            m.level, m.kind, m.status, k.country, k.device_type, m.currency`,
  },
  commission_subs_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, enrollment_id, slot, value, status, currency, lines, amount_minor)::text AS r
          FROM affiliate.commission_subs_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}), x.slot, x.value,
            m.status, m.currency, count(*), sum(m.amount_minor))::text AS r
          FROM affiliate.commissions m JOIN affiliate.conversions v ON v.id = m.conversion_id
            JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL,
            unnest(ARRAY[k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE m.level = 0 AND x.value IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.program_id, v.enrollment_id, x.slot, x.value, m.status, m.currency`,
  },
  conversion_org_hourly: {
    rollup: `SELECT (organization_id, hour, event_type, status, currency, conversions, revenue_minor)::text AS r FROM affiliate.conversion_org_hourly`,
    raw: `SELECT (organization_id, date_trunc('hour', occurred_at, 'UTC'), event_type, status, coalesce(currency, 'XXX'), count(*),
            sum(amount_minor))::text AS r
          FROM affiliate.conversions
          GROUP BY organization_id, date_trunc('hour', occurred_at, 'UTC'), event_type, status, currency`,
  },
  commission_org_hourly: {
    rollup: `SELECT (organization_id, hour, status, currency, lines, amount_minor)::text AS r FROM affiliate.commission_org_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), m.status, m.currency, count(*), sum(m.amount_minor))::text AS r
          FROM affiliate.commissions m JOIN affiliate.conversions v ON v.id = m.conversion_id
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), m.status, m.currency`,
  },
  conversion_creatives_hourly: {
    rollup: `SELECT (organization_id, program_id, hour, enrollment_id, creative_id, affiliate_id, conversions)::text AS r
          FROM affiliate.conversion_creatives_hourly`,
    raw: `SELECT (v.organization_id, v.program_id, date_trunc('hour', v.occurred_at, 'UTC'), v.enrollment_id, l.creative_id, v.affiliate_id,
            count(*))::text AS r
          FROM affiliate.conversions v JOIN affiliate.clicks k ON k.id = v.click_id
            JOIN affiliate.links l ON l.id = k.link_id AND l.creative_id IS NOT NULL
          WHERE v.attribution_method IN ('click_id', 'fingerprint') AND v.event_type IN ('lead', 'sale')
            AND v.status NOT IN ('rejected', 'reversed')
          GROUP BY v.organization_id, v.program_id, date_trunc('hour', v.occurred_at, 'UTC'), v.enrollment_id, l.creative_id, v.affiliate_id`,
  },
  enrollment_totals: {
    rollup: `SELECT (enrollment_id, organization_id, program_id, affiliate_id, clicks, unique_clicks, conversions, earnings_minor, currency)::text AS r
          FROM affiliate.enrollment_totals`,
    raw: `SELECT (e.id, e.organization_id, e.program_id, e.affiliate_id,
            (SELECT count(*) FROM affiliate.clicks c WHERE c.enrollment_id = e.id AND c.status = 'accepted'),
            (SELECT count(*) FROM affiliate.clicks c WHERE c.enrollment_id = e.id AND c.is_unique),
            (SELECT count(*) FROM affiliate.conversions v WHERE v.enrollment_id = e.id AND v.event_type IN ('lead', 'sale') AND v.status NOT IN ('rejected', 'reversed')),
            (SELECT coalesce(sum(amount_minor), 0) FROM affiliate.commissions m WHERE m.enrollment_id = e.id AND m.level = 0 AND m.status NOT IN ('rejected', 'reversed')),
            (SELECT max(currency) FROM affiliate.commissions m WHERE m.enrollment_id = e.id AND m.level = 0))::text AS r
          FROM affiliate.enrollments e
          WHERE EXISTS (SELECT 1 FROM affiliate.clicks c WHERE c.enrollment_id = e.id AND c.status = 'accepted')
            OR EXISTS (SELECT 1 FROM affiliate.conversions v WHERE v.enrollment_id = e.id)
            OR EXISTS (SELECT 1 FROM affiliate.commissions m WHERE m.enrollment_id = e.id AND m.level = 0)`,
  },
  plan_click_usage: {
    rollup: `SELECT (organization_id, month, clicks)::text AS r FROM affiliate.plan_click_usage`,
    raw: `SELECT (organization_id, date_trunc('month', clicked_at, 'UTC')::date, count(*))::text AS r
          FROM affiliate.clicks WHERE organization_id IS NOT NULL AND (status = 'accepted' OR reject_reason = 'over_plan')
          GROUP BY organization_id, date_trunc('month', clicked_at, 'UTC')::date`,
  },
};
