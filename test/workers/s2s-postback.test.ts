import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick } from '../conversions';
import { sendRaw } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const HOUR = 3_600_000;
let secret: string;
let otherSecret: string;

async function issueSecret(a: Advertiser): Promise<string> {
  const res = await call(a.owner, 'POST', `/orgs/${a.org.id}/programs/${a.program.id}/postback-secret`);
  expectStatus(res, 201);
  return res.body.postbackSecret;
}

beforeAll(async () => {
  [secret, otherSecret] = await Promise.all([issueSecret(acme), issueSecret(other)]);
});

function postback(params: Record<string, string | undefined>, opts: { method?: string; ip?: string } = {}) {
  const headers: Record<string, string> = {};
  if (opts.ip) headers['cf-connecting-ip'] = opts.ip;
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return sendRaw(`/postback?${query}`, { method: opts.method ?? 'GET', headers });
}

const freshClick = async (a: Advertiser = acme) => (await insertClick(db, a, { at: new Date(Date.now() - HOUR) })).id;

describe('GET /postback: recording', () => {
  it('records a sale with revenue and a declared payout in major units, attributed to the program', async () => {
    const cid = await freshClick();
    const res = await postback({ cid, status: 'sale', revenue: '49.00', payout: '12.50', secret });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      duplicate: false,
      conversion: {
        eventId: `postback:${cid}:sale`,
        type: 'sale',
        source: 'postback',
        amountMinor: 4900,
        currency: 'USD',
      },
      attribution: { method: 'click_id', clickId: cid, programId: acme.program.id, affiliateId: acme.affiliate.id },
    });
    // The declared payout replaces the program's 30 % for the direct affiliate.
    expect(res.body.commissions.find((c: { level: number }) => c.level === 0)).toMatchObject({
      amountMinor: 1250,
      currency: 'USD',
    });
  });

  it('answers a repeated postback (same cid and status, no event_id) with 200 and the same conversion', async () => {
    const cid = await freshClick();
    const first = await postback({ cid, status: 'lead', secret });
    expectStatus(first, 201);
    const again = await postback({ cid, status: 'lead', secret });
    expectStatus(again, 200);
    expect(again.body).toMatchObject({ duplicate: true, conversion: { id: first.body.conversion.id } });
  });

  it('records 20 concurrent copies once', async () => {
    const cid = await freshClick();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        postback({ cid, status: 'sale', revenue: '10', event_id: `order-${cid}`, secret }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([...Array<number>(19).fill(200), 201]);
    expect(new Set(answers.map((a) => a.body.conversion.id)).size).toBe(1);
    const rows = await db
      .select()
      .from(s.conversions)
      .where(eq(s.conversions.eventId, `order-${cid}`));
    expect(rows).toHaveLength(1);
    expect(await db.select().from(s.commissions).where(eq(s.commissions.conversionId, rows[0]!.id))).toHaveLength(1);
  });

  it('uses the caller’s event_id and currency, and ignores parameters it does not know', async () => {
    const cid = await freshClick();
    const res = await postback({
      cid,
      status: 'sale',
      revenue: '1500',
      currency: 'jpy',
      event_id: 'order-jp-1',
      sub1: 'x',
      aff_id: 'y',
      secret,
    });
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ eventId: 'order-jp-1', amountMinor: 1500, currency: 'JPY' });
  });

  it('rejects a reported conversion with status=rejected, reversing its commission; twice gives the same answer', async () => {
    const cid = await freshClick();
    const sale = await postback({ cid, status: 'sale', revenue: '20.00', secret });
    expectStatus(sale, 201);
    const rejected = await postback({ cid, status: 'rejected', reason: 'chargeback', secret });
    expectStatus(rejected, 200);
    expect(rejected.body.conversion).toMatchObject({
      id: sale.body.conversion.id,
      status: 'rejected',
      rejectReason: 'chargeback',
    });
    expect(
      rejected.body.commissions.every((c: { status: string }) => c.status === 'rejected' || c.status === 'reversed'),
    ).toBe(true);
    const again = await postback({ cid, status: 'rejected', secret });
    expectStatus(again, 200);
    expect(again.body.conversion).toMatchObject({ id: sale.body.conversion.id, status: 'rejected' });
  });

  it('answers 404 to status=rejected for a click without a conversion', async () => {
    expectStatus(await postback({ cid: await freshClick(), status: 'rejected', secret }), 404, 'not_found');
  });
});

describe('GET /postback: authentication', () => {
  it('answers 401 without a secret and with a wrong one, before looking at anything else', async () => {
    expectStatus(await postback({ cid: uuidv7(), status: 'sale' }), 401, 'unauthorized');
    expectStatus(await postback({ cid: uuidv7(), status: 'sale', secret: 'pbs_wrong' }), 401, 'unauthorized');
    expectStatus(await postback({ cid: 'garbage', status: 'nonsense', secret: 'pbs_wrong' }), 401, 'unauthorized');
    expectStatus(await postback({ cid: uuidv7(), status: 'sale', secret: 'x'.repeat(5000) }), 401, 'unauthorized');
  });

  it('keeps another program’s secret to its own program: a click of acme is not credited through other’s secret', async () => {
    const cid = await freshClick(acme);
    const res = await postback({ cid, status: 'lead', secret: otherSecret });
    expectStatus(res, 201);
    expect(res.body.attribution).toBeNull();
    expect(res.body.conversion.source).toBe('postback');
    const [row] = await db.select().from(s.conversions).where(eq(s.conversions.id, res.body.conversion.id));
    expect(row!.organizationId).toBe(other.org.id);
  });

  it('enforces the program’s IP allow-list (addresses and ranges): 403 ip_not_allowed outside it', async () => {
    const t = await (async () => {
      const [program] = await db
        .update(s.programs)
        .set({ postbackAllowedIps: ['203.0.113.7', '198.51.100.0/24'] })
        .where(eq(s.programs.id, other.program.id))
        .returning();
      return program!;
    })();
    expect(t.postbackAllowedIps).toHaveLength(2);
    try {
      expectStatus(await postback({ cid: uuidv7(), status: 'lead', secret: otherSecret }), 403, 'ip_not_allowed');
      expectStatus(
        await postback({ cid: uuidv7(), status: 'lead', secret: otherSecret }, { ip: '192.0.2.1' }),
        403,
        'ip_not_allowed',
      );
      expectStatus(
        await postback({ cid: uuidv7(), status: 'lead', secret: otherSecret }, { ip: 'not-an-ip' }),
        403,
        'ip_not_allowed',
      );
      expectStatus(await postback({ cid: uuidv7(), status: 'lead', secret: otherSecret }, { ip: '203.0.113.7' }), 201);
      expectStatus(
        await postback({ cid: uuidv7(), status: 'lead', secret: otherSecret }, { ip: '198.51.100.42' }),
        201,
      );
    } finally {
      await db.update(s.programs).set({ postbackAllowedIps: [] }).where(eq(s.programs.id, other.program.id));
    }
  });
});

describe('GET /postback: bad input is a 4xx, never a 500', () => {
  it.each([
    { label: 'a garbage cid', params: { cid: 'garbage', status: 'sale' }, field: 'cid' },
    { label: 'a UUIDv4 cid', params: { cid: 'b3e1c1de-6d0a-4b7e-9a57-0b3c8d9e1f20', status: 'sale' }, field: 'cid' },
    { label: 'no cid', params: { status: 'sale' }, field: 'cid' },
    { label: 'an unknown status', params: { cid: uuidv7(), status: 'click' }, field: 'status' },
    { label: 'too many decimals', params: { cid: uuidv7(), status: 'sale', revenue: '12.505' }, field: 'revenue' },
    {
      label: 'decimals in yen',
      params: { cid: uuidv7(), status: 'sale', revenue: '100.5', currency: 'JPY' },
      field: 'revenue',
    },
    { label: 'a negative payout', params: { cid: uuidv7(), status: 'sale', payout: '-1' }, field: 'payout' },
    { label: 'an exponent', params: { cid: uuidv7(), status: 'sale', payout: '1e3' }, field: 'payout' },
    { label: 'a comma', params: { cid: uuidv7(), status: 'sale', revenue: '12,50' }, field: 'revenue' },
    {
      label: 'an unknown currency',
      params: { cid: uuidv7(), status: 'sale', revenue: '1', currency: 'ABC' },
      field: 'currency',
    },
    {
      label: 'a huge event id',
      params: { cid: uuidv7(), status: 'sale', event_id: 'e'.repeat(500) },
      field: 'event_id',
    },
  ])('answers 400 validation_failed to $label, naming $field', async ({ params, field }) => {
    const res = await postback({ ...params, secret });
    expectStatus(res, 400, 'validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it('answers 405 to other methods, HEAD included (a link checker must not record a conversion)', async () => {
    const cid = uuidv7();
    expectStatus(await postback({ cid, status: 'lead', secret }, { method: 'POST' }), 405, 'method_not_allowed');
    const head = await postback({ cid, status: 'lead', secret }, { method: 'HEAD' });
    expect(head.status).toBe(405);
    expect(
      await db
        .select()
        .from(s.conversions)
        .where(eq(s.conversions.eventId, `postback:${cid}:lead`)),
    ).toHaveLength(0);
  });

  it('answers with a request id header and the error format', async () => {
    const res = await postback({ cid: 'x', status: 'sale' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.body.error).toMatchObject({ code: 'unauthorized', requestId: res.headers.get('x-request-id') });
  });
});
