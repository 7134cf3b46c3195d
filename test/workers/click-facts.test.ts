import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../../workers/db/client';
import { currentConversions } from '../../workers/services/stats/conversion-contributions-sql';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { insertClick, record } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme } = t);
});

const DAY = 86_400_000;

it("a refresh's few conversions find their clicks through click_facts exactly as the inline look-up of many does", async () => {
  const ids: string[] = [];
  // Clicks in three monthly partitions (and a conversion without a click), each converted an hour later.
  for (const [i, daysAgo] of [2, 40, 75].entries()) {
    const at = Date.now() - daysAgo * DAY;
    const click = await insertClick(db, acme, { at: new Date(at), sub1: `sub-${i}` });
    const out = await record(db, acme, {
      type: 'sale',
      click_id: click.id,
      amount: 1_000 + i,
      currency: 'USD',
      occurred_at: new Date(at + 3_600_000).toISOString(),
    });
    ids.push(out.conversion.id);
  }
  ids.push((await record(db, acme, { type: 'lead' })).conversion.id);
  const where = sql`v.id = ANY(${sql.param(ids)}::uuid[])`;
  const rows = async (few: boolean) =>
    ((await db.execute(sql`${currentConversions(where, few)} ORDER BY 1`)).rows as Record<string, unknown>[]).map((r) =>
      JSON.stringify(r),
    );
  const viaFunction = await rows(true);
  expect(viaFunction).toEqual(await rows(false));
  // The clicks were found: their subs came through for the three attributed sales.
  expect(viaFunction.filter((r) => r.includes('"sub1":"sub-'))).toHaveLength(3);
});
