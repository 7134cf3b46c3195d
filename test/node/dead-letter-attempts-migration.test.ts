import { readdirSync, readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import * as s from '../../schema';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { createTenant } from '../tenant';

// The data migration that gives letters the runtime moved their true attempt count.
const dir = new URL('../../migrations/', import.meta.url);
const file = readdirSync(dir).find((f) => f.endsWith('_dead_letter_true_attempts.sql'));
const statements = readFileSync(new URL(file!, dir), 'utf8').split('--> statement-breakpoint');

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

test('raw letters get the delivery log’s count (postbacks) or max_retries + 1; consumer letters stay; idempotent', async () => {
  const t = await createTenant(db);
  const delivery = async (eventKey: string, attempts: number) =>
    (
      await db
        .insert(s.postbackDeliveries)
        .values({
          affiliateId: t.affiliate.id,
          organizationId: t.org.id,
          eventType: 'sale',
          eventKey,
          url: 'https://tracker.example/pb',
          status: 'failed',
          attempts,
        })
        .returning()
    )[0]!;
  const first = await delivery(crypto.randomUUID(), 6);
  const replayed = await delivery(crypto.randomUUID(), 12);
  const letter = async (queue: string, body: unknown, reason: string, attempts: number) =>
    (
      await db
        .insert(s.deadLetters)
        .values({ queue, messageId: `m-${crypto.randomUUID()}`, body, reason, attempts })
        .returning()
    )[0]!.id;
  const ids = {
    postback: await letter(
      'postbacks',
      { v: 1, affiliateId: t.affiliate.id, eventType: 'sale', eventKey: first.eventKey },
      'max_retries_exceeded',
      1,
    ),
    replay: await letter('postbacks', { v: 1, replayOf: replayed.id }, 'max_retries_exceeded', 1),
    unknown: await letter('postbacks', { v: 1, eventKey: 'gone' }, 'max_retries_exceeded', 1),
    poison: await letter('postbacks', { v: 1 }, 'invalid postback message: affiliateId Required', 1),
    click: await letter('clicks', { v: 2 }, 'max_retries_exceeded', 1),
    conversion: await letter('conversions', { v: 1 }, 'max_retries_exceeded', 1),
    webhook: await letter('webhooks', { v: 1 }, 'max_retries_exceeded', 1),
  };
  const run = async () => {
    for (const statement of statements) await db.execute(sql.raw(statement));
  };
  await run();
  await run();
  const attemptsOf = async (id: string) =>
    (await db.select().from(s.deadLetters).where(eq(s.deadLetters.id, id)))[0]!.attempts;
  expect({
    postback: await attemptsOf(ids.postback),
    replay: await attemptsOf(ids.replay),
    unknown: await attemptsOf(ids.unknown),
    poison: await attemptsOf(ids.poison),
    click: await attemptsOf(ids.click),
    conversion: await attemptsOf(ids.conversion),
    webhook: await attemptsOf(ids.webhook),
  }).toEqual({ postback: 6, replay: 12, unknown: 1, poison: 1, click: 11, conversion: 21, webhook: 11 });
});
