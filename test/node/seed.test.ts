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

    await seedDemoData(url, proxy);
    expect(await snapshot()).toEqual(loaded);
  } finally {
    await pool.end();
  }
});
