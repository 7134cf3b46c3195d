import { env } from 'cloudflare:workers';
import { Pool } from '@neondatabase/serverless';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/neon-serverless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { ServiceContext } from '../../workers/context';
import { useWebSocketRelay, type Db } from '../../workers/db/client';
import { firstPaidConversion } from '../../workers/services/conversions/customer-history';
import { findOriginalConversion } from '../../workers/services/conversions/find-original-conversion';
import { insertClick, record } from '../conversions';
import { testDb } from '../fixtures';
import { createTenant } from '../tenant';
import { useTestDatabase } from '../worker-env';

// The ledger soak found every conversion naming a customer scanning all of its app's conversions
// (its rebills slowed as the table grew): the customer's paid history must come from an index.
useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

describe("a customer's paid history", () => {
  it('is read through the customer index, for recurring windows and for a cancel naming the customer', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: new Date(Date.now() - 60_000) });
    await record(db, t, {
      type: 'sale',
      click_id: click.id,
      customer_id: 'cus-1',
      order_id: 'o-1',
      amount: 5000,
      currency: 'USD',
    });
    const cancel = await record(db, t, { type: 'cancel', customer_id: 'cus-1' });
    expect(cancel.conversion.parentConversionId).not.toBeNull();
    const [row] = await db.select().from(s.conversions).where(eq(s.conversions.id, cancel.conversion.id));

    // The verbs' own statements, captured as they run.
    useWebSocketRelay(env.NEON_WS_PROXY);
    const pool = new Pool({ connectionString: env.DATABASE_URL });
    // workerd reports the socket closing after end() as an error, which is no news.
    pool.on('error', () => {});
    const statements: { query: string; params: unknown[] }[] = [];
    const logged = drizzle({
      client: pool,
      casing: 'snake_case',
      logger: { logQuery: (query, params) => void statements.push({ query, params }) },
    });
    // The two steps read nothing of their context but the database.
    const loggedCtx = { db: logged } as unknown as ServiceContext;
    try {
      expect(await firstPaidConversion({ ctx: loggedCtx, input: { conversion: row! } })).toBeDefined();
      expect((await findOriginalConversion({ ctx: loggedCtx, input: { conversion: row! } }))?.via).toBe('customer');
      expect(statements).toHaveLength(2);
      const client = await pool.connect();
      try {
        // A few rows would be scanned anyway; with scans off the planner shows which index serves the query.
        await client.query('BEGIN');
        await client.query('SET LOCAL enable_seqscan = off');
        for (const st of statements) {
          const plan = await client.query(`EXPLAIN ${st.query}`, st.params);
          const text = plan.rows.map((r) => Object.values(r).join(' ')).join('\n');
          expect(text, st.query).toContain('conversions_app_id_external_customer_id_idx');
        }
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });
});
