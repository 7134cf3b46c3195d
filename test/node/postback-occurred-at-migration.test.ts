import { readdirSync, readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { createTenant } from '../tenant';

// The data migration that dates old postback deliveries by their event (and names its program).
const dir = new URL('../../migrations/', import.meta.url);
const file = readdirSync(dir).find((f) => f.endsWith('_postback_occurred_at_backfill.sql'));
const statements = readFileSync(new URL(file!, dir), 'utf8').split('--> statement-breakpoint');

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

test('old deliveries take their conversion’s or click’s time and program, else their own creation time', async () => {
  const t = await createTenant(db);
  const DAY = 86_400_000;
  const saleAt = new Date(Date.now() - 9 * DAY);
  const clickAt = new Date(Date.now() - 4 * DAY);
  const created = new Date(Date.now() - 2 * DAY);
  const conversionId = uuidv7(saleAt.getTime());
  await db.insert(s.conversions).values({
    id: conversionId,
    organizationId: t.org.id,
    appId: t.app.id,
    programId: t.program.id,
    enrollmentId: t.enrollment.id,
    affiliateId: t.affiliate.id,
    eventId: `sale-${conversionId}`,
    eventType: 'sale',
    amountMinor: 1000,
    currency: 'USD',
    status: 'pending',
    attributionMethod: 'coupon',
    occurredAt: saleAt,
  });
  const clickId = uuidv7(clickAt.getTime());
  await db.insert(s.clicks).values({
    id: clickId,
    clickedAt: clickAt,
    linkForm: 'aff_path',
    status: 'accepted',
    organizationId: t.org.id,
    appId: t.app.id,
    programId: t.program.id,
    enrollmentId: t.enrollment.id,
    affiliateId: t.affiliate.id,
    ip: '198.51.100.9',
    userAgent: 'Mozilla/5.0',
    landingUrl: 'https://app.example/',
  });
  // As the column's default left them: the migration's time, no program.
  const delivery = async (
    eventType: 'sale' | 'click',
    eventKey: string,
    ids: { conversionId?: string; clickId?: string },
  ) =>
    (
      await db
        .insert(s.postbackDeliveries)
        .values({
          affiliateId: t.affiliate.id,
          organizationId: t.org.id,
          eventType,
          eventKey,
          ...ids,
          url: 'https://tracker.example/pb',
          status: 'success',
          createdAt: created,
        })
        .returning()
    )[0]!.id;
  const ids = {
    sale: await delivery('sale', conversionId, { conversionId, clickId }),
    click: await delivery('click', clickId, { clickId }),
    gone: await delivery('sale', 'gone', { conversionId: uuidv7() }),
  };
  const run = async () => {
    for (const statement of statements) await db.execute(sql.raw(statement));
  };
  await run();
  await run();
  const of = async (id: string) =>
    (await db.select().from(s.postbackDeliveries).where(eq(s.postbackDeliveries.id, id)))[0]!;
  expect(await of(ids.sale)).toMatchObject({ occurredAt: saleAt, programId: t.program.id });
  expect(await of(ids.click)).toMatchObject({ occurredAt: clickAt, programId: t.program.id });
  expect(await of(ids.gone)).toMatchObject({ occurredAt: created, programId: null });
});
