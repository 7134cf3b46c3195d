import { neonConfig } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import ws from 'ws';
import { nodeDb, nodePool } from '../../dev/neon-node';
import { seedDemoData } from '../../dev/seed';
import { createTestDatabase } from '../database';

test('demo data: one advertiser, 3 apps × 2 programs, 12 affiliates with a 3-level chain, clicks and conversions; loaded once', async () => {
  neonConfig.webSocketConstructor = ws;
  const { url, proxy } = await createTestDatabase();
  const first = await seedDemoData(url, proxy);
  expect(first.users.map((u) => u.email)).toContain('ceo@acme.example');

  const pool = nodePool(url, proxy);
  try {
    const db = nodeDb(pool);
    const count = async (query: ReturnType<typeof sql>) =>
      Number(((await db.execute(query)).rows[0] as { n: string }).n);
    const snapshot = async () => ({
      organizations: await count(sql`select count(*) as n from affiliate.organizations`),
      apps: await count(sql`select count(*) as n from affiliate.apps`),
      programs: await count(sql`select count(*) as n from affiliate.programs`),
      affiliates: await count(sql`select count(*) as n from affiliate.users where email like '%@affiliates.example'`),
      clicks: await count(sql`select count(*) as n from affiliate.clicks`),
      conversions: await count(sql`select count(*) as n from affiliate.conversions`),
      // dave → carol → bob → alice: three upline levels
      chainDepth: await count(sql`
        with recursive up as (
          select id, referred_by_id, 0 as depth from affiliate.users where email = 'dave@affiliates.example'
          union all select u.id, u.referred_by_id, up.depth + 1 from affiliate.users u join up on u.id = up.referred_by_id)
        select max(depth) as n from up`),
      uplineCommissions: await count(sql`select count(*) as n from affiliate.commissions where level > 0`),
    });
    const loaded = await snapshot();
    expect(loaded).toMatchObject({
      organizations: 1,
      apps: 3,
      programs: 6,
      affiliates: 12,
      clicks: 3000,
      chainDepth: 3,
    });
    expect(loaded.conversions).toBeGreaterThan(0);
    expect(loaded.uplineCommissions).toBeGreaterThan(0);

    // One consistent story in time (issue 25, item 7): nobody earns before joining, no line before its
    // conversion, no hold before the conversion, nothing in the future.
    const broken = await db.execute(sql`
      select 'enrollment before signup' as rule, count(*) as n from affiliate.enrollments e
        join affiliate.users u on u.id = e.affiliate_id where e.created_at < u.created_at or e.applied_at < u.created_at
      union all select 'approval before application', count(*) from affiliate.enrollments where approved_at < applied_at
      union all select 'click before approval', count(*) from affiliate.clicks c
        join affiliate.enrollments e on e.id = c.enrollment_id where c.clicked_at < e.approved_at
      union all select 'conversion before its click', count(*) from affiliate.conversions v
        join affiliate.clicks c on c.id = v.click_id where v.occurred_at < c.clicked_at
      union all select 'conversion before the enrollment', count(*) from affiliate.conversions v
        join affiliate.enrollments e on e.id = v.enrollment_id where v.occurred_at < e.approved_at
      union all select 'received before it happened', count(*) from affiliate.conversions where received_at < occurred_at
      union all select 'line before its conversion', count(*) from affiliate.commissions m
        join affiliate.conversions v on v.id = m.conversion_id where m.created_at < v.received_at
      union all select 'hold before the conversion', count(*) from affiliate.commissions m
        join affiliate.conversions v on v.id = m.conversion_id where m.hold_until <= v.occurred_at
      union all select 'approved before the hold ended', count(*) from affiliate.commissions
        where approved_at < hold_until
      union all select 'in the future', count(*) from affiliate.conversions where occurred_at > now() or received_at > now()
      union all select 'program after its earnings', count(*) from affiliate.commissions m
        join affiliate.programs p on p.id = m.program_id where p.created_at > m.created_at`);
    expect(broken.rows.filter((r) => Number((r as { n: string }).n) > 0)).toEqual([]);

    await seedDemoData(url, proxy);
    expect(await snapshot()).toEqual(loaded);
  } finally {
    await pool.end();
  }
});
