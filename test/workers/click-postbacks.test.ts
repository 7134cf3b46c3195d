import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { forgetClickPostbackOptIns } from '../../workers/services/postbacks/fire-click-postbacks';
import { publishRouting } from '../../workers/services/tracking';
import { serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { createTenant, testDb } from '../fixtures';
import { POSTBACK_TEST_HOST } from '../postback-server';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());
beforeEach(() => forgetClickPostbackOptIns());

const server = `http://127.0.0.1:${inject('postbackServerPort')}`;
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

async function trackedAffiliate(events: ('click' | 'lead' | 'sale' | 'rejected')[]) {
  const t = await createTenant(db, { program: { landingUrl: 'https://app.example/landing' } });
  const marker = crypto.randomUUID();
  await db
    .update(s.users)
    .set({
      postbackEnabled: true,
      postbackEvents: events,
      postbackUrlTemplate: `https://${POSTBACK_TEST_HOST}/ok/pb?m=${marker}&cid={click_id}&s1={sub1}&st={status}`,
    })
    .where(eq(s.users.id, t.affiliate.id));
  const ctx = serviceCtx(db);
  await publishRouting({ ctx, input: { program: t.program.id } });
  await publishRouting({ ctx, input: { enrollment: t.enrollment.id } });
  return { t, marker };
}

const received = async (marker: string): Promise<{ url: string }[]> =>
  (await fetch(`${server}/__requests?key=${marker}`)).json();

describe('click postbacks', () => {
  it('an affiliate who opted into click postbacks hears of each accepted click, once', async () => {
    const { t, marker } = await trackedAffiliate(['click', 'sale']);
    const res = await workerFetch(`https://localhost/click?o=${t.program.id}&a=${t.affiliate.id}&sub1=news`, {
      redirect: 'manual',
      headers: { 'user-agent': BROWSER, 'cf-connecting-ip': '198.18.7.1' },
    } as RequestInit);
    expect(res.status).toBe(302);
    const clickId = /aff_click=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    expect(clickId).toBeDefined();
    const hits = await eventually(
      async () => ((await received(marker)).length > 0 ? received(marker) : undefined),
      30_000,
      'click postback',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.url).toContain(`cid=${clickId}`);
    expect(hits[0]!.url).toContain('s1=news');
    expect(hits[0]!.url).toContain('st=click');
    // The tracker answered before the consumer wrote its log line: wait for the success.
    const delivery = await eventually(
      async () => {
        const [row] = await db.select().from(s.postbackDeliveries).where(eq(s.postbackDeliveries.eventKey, clickId!));
        return row?.status === 'success' ? row : undefined;
      },
      30_000,
      'delivery logged',
    );
    expect(delivery).toMatchObject({ eventType: 'click', affiliateId: t.affiliate.id, attempts: 1 });
  });

  it('no click postback without the opt-in, nor for a rejected (bot) click', async () => {
    const { t, marker } = await trackedAffiliate(['sale']);
    await workerFetch(`https://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`, {
      redirect: 'manual',
      headers: { 'user-agent': BROWSER, 'cf-connecting-ip': '198.18.7.2' },
    } as RequestInit);
    const opted = await trackedAffiliate(['click']);
    await workerFetch(`https://localhost/click?o=${opted.t.program.id}&a=${opted.t.affiliate.id}`, {
      redirect: 'manual',
      headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)', 'cf-connecting-ip': '198.18.7.3' },
    } as RequestInit);
    // Both clicks are ingested; neither may fire.
    await eventually(
      async () =>
        (await db.select().from(s.clicks).where(eq(s.clicks.programId, opted.t.program.id))).length > 0
          ? true
          : undefined,
      30_000,
      'bot click ingested',
    );
    await eventually(
      async () =>
        (await db.select().from(s.clicks).where(eq(s.clicks.programId, t.program.id))).length > 0 ? true : undefined,
      30_000,
      'click ingested',
    );
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await received(marker)).toEqual([]);
    expect(await received(opted.marker)).toEqual([]);
  });
});
