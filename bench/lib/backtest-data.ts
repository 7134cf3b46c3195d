import type { Pool } from '@neondatabase/serverless';

/**
 * The backtest bench's history, generated set-based in SQL (a few INSERT … SELECT over
 * generate_series, seconds rather than minutes): one revshare program at 30 % with 12 months of
 * recurring commission and the default 10/3/1 % upline, `affiliates` enrollments (every fifth
 * affiliate referred by the one before, so chains reach three levels), customers who buy once and
 * renew monthly up to four times within the last year, and a refund of half the sale for one sale in
 * twenty. Commission lines and the refunds' adjustments are written by SQL that follows the written
 * rules (round half away from zero); the bench then checks the backtest of unchanged terms against
 * them, so the data cannot drift from the rules unnoticed.
 */
export async function loadBacktestData(
  pool: Pool,
  opts: { conversions: number; affiliates: number; end: number },
): Promise<{ organizationId: string; programId: string }> {
  const q = (text: string, params: unknown[] = []) => pool.query(text, params);
  const end = new Date(opts.end).toISOString();
  const { rows: plan } = await q(
    `INSERT INTO affiliate.plans (id, code, name, monthly_price_minor, yearly_price_minor, currency)
     VALUES (uuidv7(), 'starter', 'Starter', 4900, 47040, 'USD') ON CONFLICT (code) DO UPDATE SET name = 'Starter' RETURNING id`,
  );
  const { rows: org } = await q(
    `INSERT INTO affiliate.organizations (id, name, slug, plan_id) VALUES (uuidv7(), 'Backtest advertiser', 'bench-backtest', $1) RETURNING id`,
    [plan[0].id],
  );
  const organizationId = org[0].id as string;
  const { rows: app } = await q(
    `INSERT INTO affiliate.apps (id, organization_id, name, site_url, allowed_domains)
     VALUES (uuidv7(), $1, 'App', 'https://app.example/', '{app.example}') RETURNING id`,
    [organizationId],
  );
  const appId = app[0].id as string;
  const { rows: program } = await q(
    `INSERT INTO affiliate.programs (id, organization_id, app_id, name, slug, status, payout_model, commission_type,
       commission_rate_bps, currency, landing_url, allowed_domains, cookie_days, recurring_mode, recurring_months)
     VALUES (uuidv7(), $1, $2, 'Program', 'bench-backtest', 'active', 'revshare', 'percent', 3000, 'USD', 'https://app.example/',
       '{app.example}', 30, 'months', 12) RETURNING id`,
    [organizationId, appId],
  );
  const programId = program[0].id as string;
  await q(
    `INSERT INTO affiliate.users (id, email, approved_affiliate)
     SELECT uuidv7(), 'bench-bt-' || i || '@example.com', true FROM generate_series(0, $1 - 1) i`,
    [opts.affiliates],
  );
  // Every fifth affiliate was referred by the one before it, up to three above.
  await q(
    `UPDATE affiliate.users u SET referred_by_id = p.id FROM affiliate.users p
     WHERE u.email LIKE 'bench-bt-%' AND p.email = 'bench-bt-' || (split_part(split_part(u.email, '-', 3), '@', 1)::int - 1) || '@example.com'
       AND split_part(split_part(u.email, '-', 3), '@', 1)::int % 5 <> 0`,
  );
  await q(
    `INSERT INTO affiliate.enrollments (id, program_id, affiliate_id, organization_id, status, ref_code)
     SELECT uuidv7(), $1, u.id, $2, 'active', 'bt-' || u.id FROM affiliate.users u WHERE u.email LIKE 'bench-bt-%'`,
    [programId, organizationId],
  );
  // Customers: ~2.5 payments each on average (one sale and up to four monthly rebills within the year).
  const customers = Math.ceil(opts.conversions / 2.5);
  await q(
    `CREATE TABLE public.bt_customers AS
     SELECT n, e.id AS enrollment_id, e.affiliate_id,
       $3::timestamptz - ((n * 7919) % (360 * 24)) * interval '1 hour' AS first_at,
       (ARRAY[4999, 9900, 12345, 30000])[1 + n % 4] AS amount,
       (n * 31) % 5 AS rebills
     FROM generate_series(0, $1 - 1) n
     JOIN (SELECT id, affiliate_id, row_number() OVER (ORDER BY id) - 1 AS k FROM affiliate.enrollments WHERE program_id = $2) e
       ON e.k = n % $4`,
    [customers, programId, end, opts.affiliates],
  );
  await q(
    `INSERT INTO affiliate.conversions (id, organization_id, app_id, program_id, enrollment_id, affiliate_id, external_customer_id,
       event_id, event_type, order_id, amount_minor, currency, status, attribution_method, occurred_at, received_at, created_at, updated_at)
     SELECT uuidv7(t.at - now()), $1, $2, $3, c.enrollment_id, c.affiliate_id, 'cus-' || c.n, 'ev-' || c.n || '-' || p,
       CASE WHEN p = 0 THEN 'sale' ELSE 'rebill' END, 'o-' || c.n || '-' || p, c.amount, 'USD', 'pending', 'customer',
       t.at, t.at, t.at, t.at
     FROM public.bt_customers c CROSS JOIN LATERAL generate_series(0, c.rebills) p
     CROSS JOIN LATERAL (SELECT c.first_at + p * interval '30 days' AS at) t
     WHERE t.at < $4::timestamptz`,
    [organizationId, appId, programId, end],
  );
  // Direct lines at 30 %, and the upline's 10/3/1 % of the amount.
  await q(
    `INSERT INTO affiliate.commissions (id, conversion_id, organization_id, program_id, beneficiary_id, enrollment_id, level, kind,
       amount_minor, currency, rate_bps, status, hold_until, calculation, created_at, updated_at)
     SELECT uuidv7(), c.id, c.organization_id, c.program_id, coalesce(up.id, c.affiliate_id), CASE WHEN lv.level = 0 THEN c.enrollment_id END,
       lv.level, 'commission', round(c.amount_minor * lv.rate / 10000.0), 'USD', lv.rate, 'pending',
       c.occurred_at + interval '30 days', '{}'::jsonb, c.created_at, c.created_at
     FROM affiliate.conversions c
     CROSS JOIN (VALUES (0, 3000), (1, 1000), (2, 300), (3, 100)) lv(level, rate)
     LEFT JOIN LATERAL (
       WITH RECURSIVE chain(id, depth) AS (
         SELECT u.referred_by_id, 1 FROM affiliate.users u WHERE u.id = c.affiliate_id
         UNION ALL SELECT u.referred_by_id, chain.depth + 1 FROM affiliate.users u JOIN chain ON u.id = chain.id WHERE chain.depth < 3
       ) SELECT id FROM chain WHERE depth = lv.level AND id IS NOT NULL
     ) up ON true
     WHERE c.program_id = $1 AND (lv.level = 0 OR up.id IS NOT NULL)`,
    [programId],
  );
  // One sale in twenty refunded by half, three days later: each of its lines gets its share back.
  await q(
    `INSERT INTO affiliate.conversions (id, organization_id, app_id, program_id, enrollment_id, affiliate_id, external_customer_id,
       event_id, event_type, order_id, amount_minor, currency, status, attribution_method, parent_conversion_id,
       occurred_at, received_at, created_at, updated_at)
     SELECT uuidv7(s.occurred_at + interval '3 days' - now()), s.organization_id, s.app_id, s.program_id, s.enrollment_id,
       s.affiliate_id, s.external_customer_id, s.event_id || '-refund', 'refund', s.order_id, s.amount_minor / 2, 'USD',
       'pending', 'customer', s.id, t.at, t.at, t.at, t.at
     FROM affiliate.conversions s CROSS JOIN LATERAL (SELECT s.occurred_at + interval '3 days' AS at) t
     WHERE s.program_id = $1 AND s.event_type = 'sale' AND hashtext(s.id::text) % 20 = 0 AND t.at < $2::timestamptz`,
    [programId, end],
  );
  await q(
    `INSERT INTO affiliate.commissions (id, conversion_id, organization_id, program_id, beneficiary_id, enrollment_id, level, kind,
       amount_minor, currency, rate_bps, status, hold_until, reverses_commission_id, calculation, created_at, updated_at)
     SELECT uuidv7(), r.id, l.organization_id, l.program_id, l.beneficiary_id, l.enrollment_id, l.level, 'adjustment',
       -round(l.amount_minor::numeric * r.amount_minor / s.amount_minor), l.currency, l.rate_bps, 'pending', l.hold_until, l.id,
       '{}'::jsonb, r.created_at, r.created_at
     FROM affiliate.conversions r JOIN affiliate.conversions s ON s.id = r.parent_conversion_id
     JOIN affiliate.commissions l ON l.conversion_id = s.id AND l.kind = 'commission'
     WHERE r.program_id = $1 AND r.event_type = 'refund'`,
    [programId],
  );
  await q('DROP TABLE public.bt_customers');
  return { organizationId, programId };
}
