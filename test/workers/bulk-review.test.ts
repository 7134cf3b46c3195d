import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const path = (a: Advertiser) => `/orgs/${a.org.id}/conversions/review`;

/** A sale the self-referral check flags: the customer's email is the affiliate's own. */
async function flaggedSale(a: Advertiser, amount = 10_000): Promise<string> {
  const click = await insertClick(db, a);
  const out = await record(db, a, {
    type: 'sale',
    click_id: click.id,
    customer_email: a.affiliate.email,
    amount,
    currency: 'USD',
  });
  expect(out.conversion.status).toBe('flagged');
  return out.conversion.id;
}

const lines = (conversionId: string) =>
  db
    .select({
      status: s.commissions.status,
      amountMinor: s.commissions.amountMinor,
      kind: s.commissions.kind,
      level: s.commissions.level,
    })
    .from(s.commissions)
    .where(eq(s.commissions.conversionId, conversionId))
    .orderBy(s.commissions.level, s.commissions.kind);

const statusOf = async (id: string) =>
  (await db.select({ status: s.conversions.status }).from(s.conversions).where(eq(s.conversions.id, id)))[0]!.status;

let acmeFlagged: string[];
let otherFlagged: string;
beforeAll(async () => {
  acmeFlagged = [];
  for (let i = 0; i < 6; i++) acmeFlagged.push(await flaggedSale(acme, 10_000 + i * 1_000));
  otherFlagged = await flaggedSale(other);
});

describe('bulk review', () => {
  it('approves each conversion of the advertiser, and says per item why the others were not', async () => {
    const [a, b, decided] = acmeFlagged;
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/conversions/${decided}/approve`), 200);
    const missing = uuidv7();
    const res = await call(acme.admin, 'POST', path(acme), {
      decision: 'approve',
      conversionIds: [a, otherFlagged, b, decided, missing],
      reason: 'Checked by phone',
    });
    expectStatus(res, 200);
    expect(res.body).toEqual({
      items: [
        { conversionId: a, ok: true, status: 'approved' },
        { conversionId: otherFlagged, ok: false, error: { code: 'not_found', message: expect.any(String) } },
        { conversionId: b, ok: true, status: 'approved' },
        { conversionId: decided, ok: false, error: { code: 'conflict', message: expect.any(String) } },
        { conversionId: missing, ok: false, error: { code: 'not_found', message: expect.any(String) } },
      ],
      decided: 2,
      refused: 3,
    });
    // The other advertiser's conversion is untouched, and answered like an id that does not exist.
    expect(await statusOf(otherFlagged)).toBe('flagged');
    expect(res.body.items[1].error.message.replace(otherFlagged, 'X')).toBe(
      res.body.items[4].error.message.replace(missing, 'X'),
    );
    // Each decision is audited as a single one is.
    const audited = await db
      .select({ targetId: s.auditLog.targetId, action: s.auditLog.action })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'conversion.approved'), inArray(s.auditLog.targetId, [a!, b!])));
    expect(audited).toHaveLength(2);
    // The queue names the affiliate (not its email) and shows the evidence behind its signals.
    const queue = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions?status=flagged&limit=100`);
    const row = queue.body.items.find((i: any) => i.id === acmeFlagged[3]);
    expect(row).toMatchObject({
      affiliateName: 'Alice',
      fraudFlags: expect.arrayContaining(['self_referral']),
      ip: null,
      userAgent: null,
    });
  });

  it('applies exactly the single-item money rules: a bulk decision leaves the same lines as one by one', async () => {
    const [, , , single, bulk, approveBulk] = acmeFlagged;
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/conversions/${single}/reject`, { reason: 'Self-referral' }),
      200,
    );
    const res = await call(acme.owner, 'POST', path(acme), {
      decision: 'reject',
      conversionIds: [bulk],
      reason: 'Self-referral',
    });
    expectStatus(res, 200);
    expect(res.body.items[0]).toEqual({ conversionId: bulk, ok: true, status: 'rejected' });
    const [one, many] = [await lines(single!), await lines(bulk!)];
    expect(many.map((l) => [l.kind, l.level, l.status])).toEqual(one.map((l) => [l.kind, l.level, l.status]));
    expect(many.every((l) => l.status === 'rejected')).toBe(true);
    // 30 % of 13 000 and of 14 000: the amounts were computed at recording, and rejection keeps them as they were.
    expect(one.map((l) => l.amountMinor)).toEqual([3_900]);
    expect(many.map((l) => l.amountMinor)).toEqual([4_200]);
    const [row] = await db
      .select({ rejectReason: s.conversions.rejectReason, reviewedById: s.conversions.reviewedById })
      .from(s.conversions)
      .where(eq(s.conversions.id, bulk!));
    expect(row).toEqual({ rejectReason: 'Self-referral', reviewedById: acme.owner.userId });

    const approved = await call(acme.owner, 'POST', path(acme), { decision: 'approve', conversionIds: [approveBulk] });
    expectStatus(approved, 200);
    expect((await lines(approveBulk!)).map((l) => l.status)).toEqual(['pending']);
    // A decided conversion answers conflict in bulk as it does alone (409).
    const again = await call(acme.owner, 'POST', path(acme), {
      decision: 'reject',
      conversionIds: [bulk],
      reason: 'again',
    });
    expect(again.body.items[0].error.code).toBe('conflict');
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/conversions/${bulk}/reject`, { reason: 'again' }),
      409,
      'conflict',
    );
  });

  it('refuses bad requests before deciding anything', async () => {
    const id = otherFlagged;
    const post = (body: unknown, who = other.owner) => call(who, 'POST', path(other), body);
    expectStatus(await post({ decision: 'approve', conversionIds: [] }), 400, 'validation_failed');
    expectStatus(
      await post({ decision: 'approve', conversionIds: Array.from({ length: 101 }, () => uuidv7()) }),
      400,
      'validation_failed',
    );
    expectStatus(await post({ decision: 'approve', conversionIds: [id, id] }), 400, 'validation_failed');
    expectStatus(await post({ decision: 'reject', conversionIds: [id] }), 400, 'validation_failed');
    expectStatus(await post({ decision: 'maybe', conversionIds: [id] }), 400, 'validation_failed');
    expectStatus(await post({ decision: 'approve', conversionIds: ['nope'] }), 400, 'validation_failed');
    expectStatus(await post({ decision: 'approve', conversionIds: [id], extra: 1 }), 400, 'validation_failed');
    expectStatus(await post({ decision: 'approve', conversionIds: [id] }, other.finance), 403, 'forbidden');
    expectStatus(await call(acme.owner, 'POST', path(other), { decision: 'approve', conversionIds: [id] }), 404);
    expect(await statusOf(id)).toBe('flagged');
  });
});
