// EXPERIMENT ONLY (bench/ingest-shapes.ts): a copy of the consumer's batch statement
// (workers/services/tracking/insert-clicks-statement.ts as of commit dc373e7) with switches, to measure
// what each part of it costs. The benchmark of record (bench/ingest.ts) runs the real one.
import { sql, type SQL } from 'drizzle-orm';
import { ROLLUP_NONE_ID } from '../../schema/click-stats';
import { decideClickStatus, type ResolvedCode } from '../../workers/domain/click-status';
import { parseUserAgent } from '../../workers/domain/parse-user-agent';
import type { ClickColumns } from '../../workers/services/tracking/insert-clicks-statement';
import type { ClickMessage } from '../../workers/tracker/click-message';

export interface Shape {
  /** is_unique: the window function and the NOT EXISTS look-back (else false). */
  unique: boolean;
  /**
   * Constant bounds on the look-back (the batch's min time − 24 h and max time, computed in the
   * app and passed as timestamptz parameters), so the planner prunes partitions while planning.
   */
  bounded: boolean;
  /** The hourly rollup upsert. */
  rollup: boolean;
  /** ON CONFLICT DO NOTHING on the click insert. */
  onConflict: boolean;
}

/** The same columns record-clicks.ts builds (same verdict and device rules), for codes already resolved. */
export function toColumns(clicks: ClickMessage[], byRefCode: Map<string, ResolvedCode>): ClickColumns {
  const cols: ClickColumns = {
    id: [], clickedAt: [], linkForm: [], code: [], status: [], rejectReason: [], organizationId: [], appId: [], programId: [], enrollmentId: [],
    affiliateId: [], linkId: [], ip: [], userAgent: [], referrer: [], country: [], region: [], city: [], asn: [], deviceType: [], os: [], browser: [],
    fingerprint: [], sub: [], landingUrl: [], isBot: [],
  };
  for (const m of clicks) {
    const code = m.enrollmentId || !m.code ? undefined : byRefCode.get(m.code);
    const verdict = decideClickStatus(m, code);
    const device = parseUserAgent(m.userAgent);
    cols.id.push(m.id);
    cols.clickedAt.push(new Date(m.at).toISOString());
    cols.linkForm.push(m.form);
    cols.code.push(m.code);
    cols.status.push(verdict.status);
    cols.rejectReason.push(verdict.rejectReason);
    cols.organizationId.push(m.organizationId ?? code?.organizationId ?? null);
    cols.appId.push(m.appId ?? code?.appId ?? null);
    cols.programId.push(m.programId ?? code?.programId ?? null);
    cols.enrollmentId.push(m.enrollmentId ?? code?.enrollmentId ?? null);
    cols.affiliateId.push(m.affiliateId ?? code?.affiliateId ?? null);
    cols.linkId.push(m.linkId ?? code?.linkId ?? null);
    cols.ip.push(m.ip);
    cols.userAgent.push(m.userAgent);
    cols.referrer.push(m.referrer);
    cols.country.push(m.country);
    cols.region.push(m.region);
    cols.city.push(m.city);
    cols.asn.push(m.asn);
    cols.deviceType.push(device.deviceType);
    cols.os.push(device.os);
    cols.browser.push(device.browser);
    cols.fingerprint.push(m.fingerprint);
    cols.sub.push(m.sub);
    cols.landingUrl.push(m.landingUrl);
    cols.isBot.push(m.isBot);
  }
  return cols;
}

const p = (values: unknown[]) => sql.param(values);

export function variantStatement(c: ClickColumns, shape: Shape): SQL {
  const subs = Array.from({ length: 10 }, (_, i) => c.sub.map((s) => s[i] ?? null));
  const times = c.clickedAt.map((t) => Date.parse(t));
  // Precomputed in the app: `$1::timestamptz - interval '24 hours'` would be a stable expression,
  // which prunes only at executor start, after every partition has been planned.
  const lower = new Date(Math.min(...times) - 86_400_000).toISOString();
  const upper = new Date(Math.max(...times)).toISOString();
  const bounds = shape.bounded ? sql`AND c.clicked_at >= ${lower}::timestamptz AND c.clicked_at <= ${upper}::timestamptz` : sql``;
  const isUnique = shape.unique
    ? sql`i.status = 'accepted' AND i.fingerprint IS NOT NULL AND i.program_id IS NOT NULL
        AND row_number() OVER (PARTITION BY i.fingerprint, i.program_id, i.status ORDER BY i.clicked_at, i.id) = 1
        AND NOT EXISTS (
          SELECT 1 FROM affiliate.clicks c
          WHERE c.fingerprint = i.fingerprint AND c.program_id = i.program_id AND c.status = 'accepted'
            AND c.clicked_at >= i.clicked_at - interval '24 hours' AND c.clicked_at <= i.clicked_at AND c.id <> i.id ${bounds}
        )`
    : sql`false`;
  const conflict = shape.onConflict ? sql`ON CONFLICT DO NOTHING` : sql``;
  const rolled = shape.rollup
    ? sql`,
    rolled AS (
      INSERT INTO affiliate.click_stats_hourly AS s
        (hour, program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)
      SELECT date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${ROLLUP_NONE_ID}::uuid), coalesce(country, 'ZZ'),
        coalesce(device_type, 'unknown'), organization_id, app_id, coalesce(affiliate_id, ${ROLLUP_NONE_ID}::uuid),
        count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique), count(*) FILTER (WHERE status = 'rejected')
      FROM inserted
      WHERE program_id IS NOT NULL AND organization_id IS NOT NULL AND app_id IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (hour, program_id, enrollment_id, country, device_type) DO UPDATE SET
        clicks = s.clicks + excluded.clicks,
        unique_clicks = s.unique_clicks + excluded.unique_clicks,
        rejected_clicks = s.rejected_clicks + excluded.rejected_clicks
      RETURNING 1
    )`
    : sql``;
  const rolledCount = shape.rollup ? sql`(SELECT count(*) FROM rolled)::int` : sql`0`;
  return sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${p(c.id)}::uuid[], ${p(c.clickedAt)}::timestamptz[], ${p(c.linkForm)}::text[], ${p(c.code)}::text[], ${p(c.status)}::text[], ${p(c.rejectReason)}::text[],
        ${p(c.organizationId)}::uuid[], ${p(c.appId)}::uuid[], ${p(c.programId)}::uuid[], ${p(c.enrollmentId)}::uuid[], ${p(c.affiliateId)}::uuid[], ${p(c.linkId)}::uuid[],
        ${p(c.ip)}::inet[], ${p(c.userAgent)}::text[], ${p(c.referrer)}::text[], ${p(c.country)}::text[], ${p(c.region)}::text[], ${p(c.city)}::text[], ${p(c.asn)}::int[],
        ${p(c.deviceType)}::text[], ${p(c.os)}::text[], ${p(c.browser)}::text[], ${p(c.fingerprint)}::text[],
        ${p(subs[0]!)}::text[], ${p(subs[1]!)}::text[], ${p(subs[2]!)}::text[], ${p(subs[3]!)}::text[], ${p(subs[4]!)}::text[],
        ${p(subs[5]!)}::text[], ${p(subs[6]!)}::text[], ${p(subs[7]!)}::text[], ${p(subs[8]!)}::text[], ${p(subs[9]!)}::text[],
        ${p(c.landingUrl)}::text[], ${p(c.isBot)}::boolean[]
      ) AS t(id, clicked_at, link_form, code, status, reject_reason, organization_id, app_id, program_id, enrollment_id, affiliate_id, link_id,
             ip, user_agent, referrer, country, region, city, asn, device_type, os, browser, fingerprint,
             sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10, landing_url, is_bot)
    ),
    ranked AS (
      SELECT i.*, ${isUnique} AS is_unique
      FROM input i
    ),
    inserted AS (
      INSERT INTO affiliate.clicks (id, clicked_at, link_form, code, status, reject_reason, organization_id, app_id, program_id, enrollment_id,
        affiliate_id, link_id, ip, user_agent, referrer, country, region, city, asn, device_type, os, browser, fingerprint,
        sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10, landing_url, is_unique, is_bot)
      SELECT id, clicked_at, link_form, code, status, reject_reason, organization_id, app_id, program_id, enrollment_id,
        affiliate_id, link_id, ip, user_agent, referrer, country, region, city, asn, device_type, os, browser, fingerprint,
        sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10, landing_url, is_unique, is_bot
      FROM ranked
      ${conflict}
      RETURNING clicked_at, organization_id, app_id, program_id, enrollment_id, affiliate_id, country, device_type, status, is_unique
    )${rolled}
    SELECT (SELECT count(*) FROM inserted)::int AS inserted, ${rolledCount} AS rollup_rows`;
}
