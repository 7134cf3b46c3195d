import { neonConfig } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import ws from 'ws';
import { nodeDb, nodePool } from '../../dev/neon-node';
import { seedDemoData } from '../../dev/seed';
import type { Executor } from '../../workers/db/client';
import type { Config } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { runBacktest } from '../../workers/services/backtest';
import { createTestDatabase } from '../database';

test('the backtest of unchanged terms equals the demo data’s stored lines, cent for cent, for every program and period', async () => {
  neonConfig.webSocketConstructor = ws;
  const { url, proxy } = await createTestDatabase();
  await seedDemoData(url, proxy);
  const pool = nodePool(url, proxy);
  try {
    const db = nodeDb(pool);
    const { rows: programs } = await db.execute(sql`SELECT id, organization_id FROM affiliate.programs ORDER BY id`);
    expect(programs).toHaveLength(6);
    let replayed = 0;
    for (const p of programs as { id: string; organization_id: string }[]) {
      const ctx = {
        db: db as unknown as Executor,
        config: {} as Config,
        now: new Date(),
        log: createLogger(),
        tenant: { kind: 'advertiser' as const, organizationId: p.organization_id, role: 'owner' as const },
      };
      for (const periodDays of [30, 90, 365] as const) {
        const out = await runBacktest({ ctx, input: { programId: p.id, periodDays } });
        const { rows } = await db.execute(sql`
          SELECT l.currency, sum(l.amount_minor)::bigint AS n FROM affiliate.commissions l
          JOIN affiliate.conversions c ON c.id = l.conversion_id
          WHERE l.program_id = ${p.id} AND l.status NOT IN ('rejected', 'reversed') AND c.occurred_at >= ${out.from.toISOString()}::timestamptz
            -- A branded edition's sales (alice's demo sale) earn the edition's reward: outside the program's backtest.
            AND c.edition_id IS NULL
          GROUP BY 1 ORDER BY 1`);
        const stored = (rows as { currency: string; n: string }[]).map((r) => ({
          currency: r.currency,
          actualMinor: Number(r.n),
          proposedMinor: Number(r.n),
          deltaMinor: 0,
        }));
        expect(out.totals, `${p.id} over ${periodDays} days`).toEqual(stored);
        expect(out.changedConversions).toBe(0);
        replayed += out.conversions;
      }
    }
    // The demo holds paid conversions in most programs; an empty replay would prove nothing.
    expect(replayed).toBeGreaterThan(20);
  } finally {
    await pool.end();
  }
});
