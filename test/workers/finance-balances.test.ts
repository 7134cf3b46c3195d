import { eq } from 'drizzle-orm';
import { describe, expect, it, beforeAll } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { releaseHolds } from '../../workers/services/finance';
import { createStaff, useTwoAdvertisers, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { earn, putInPayout, refund, setHoldUntil } from '../finance';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

let staff: TestSession;
let support: TestSession;
let stranger: TestSession;

/** Releases exactly these lines, through the real hold release (every other line is held for 30 days). */
async function approve(lines: { id: string }[]) {
  const now = new Date();
  await setHoldUntil(
    db,
    lines.map((l) => l.id),
    new Date(now.getTime() - 1000),
  );
  await releaseHolds({ ctx: serviceCtx(db, now), input: { batchSize: 100, maxBatches: 10 } });
}

beforeAll(async () => {
  [staff, support, stranger] = await Promise.all([
    createStaff(db, 'platform_admin'),
    createStaff(db, 'support'),
    createUserSession(db),
  ]);
  // acme's affiliate, in USD: one line on hold (300), one approved (600), one in payout (900), one
  // paid (1200) and then refunded in full, which books an approved -1200 carried into the next balance.
  await earn(db, acme, 1000);
  const approved = await earn(db, acme, 2000);
  const inPayout = await earn(db, acme, 3000);
  const paid = await earn(db, acme, 4000);
  await approve([approved, inPayout, paid]);
  await putInPayout(db, acme, [inPayout]);
  await putInPayout(db, acme, [paid], 'success');
  await refund(db, acme, paid.orderId, 4000);
  // …and one EUR line on hold; the other tenant's affiliate has one USD line on hold.
  await earn(db, acme, 1000, 'EUR');
  await earn(db, other, 5000);
});

const acmeUsd = () => ({
  organizationId: acme.org.id,
  affiliateId: acme.affiliate.id,
  currency: 'USD',
  holdMinor: 300,
  disputedMinor: 0,
  approvedMinor: -600,
  inPayoutMinor: 900,
  paidMinor: 1200,
  carryOverMinor: -600,
  availableMinor: 0,
});
const acmeEur = () => ({
  organizationId: acme.org.id,
  affiliateId: acme.affiliate.id,
  currency: 'EUR',
  holdMinor: 300,
  disputedMinor: 0,
  approvedMinor: 0,
  inPayoutMinor: 0,
  paidMinor: 0,
  carryOverMinor: 0,
  availableMinor: 0,
});
const otherUsd = () => ({
  organizationId: other.org.id,
  affiliateId: other.affiliate.id,
  currency: 'USD',
  holdMinor: 1500,
  disputedMinor: 0,
  approvedMinor: 0,
  inPayoutMinor: 0,
  paidMinor: 0,
  carryOverMinor: 0,
  availableMinor: 0,
});
// The platform minimums of USD and EUR (affiliate.payout_minimums) are 100.00; programs add none.
const withMinimum = <T extends object>(balance: T, payoutMinimumMinor = 10_000) => ({ ...balance, payoutMinimumMinor });
const sortByCurrency = (items: { currency: string }[]) =>
  [...items].sort((a, b) => a.currency.localeCompare(b.currency));

describe('GET /affiliate/balances', () => {
  it('shows the affiliate its own balances with every advertiser, per currency, carry-over included', async () => {
    const res = await call(acme.affiliateSession, 'GET', '/affiliate/balances');
    expectStatus(res, 200);
    expect(sortByCurrency(res.body.items)).toEqual([withMinimum(acmeEur()), withMinimum(acmeUsd())]);
    const usd = await call(acme.affiliateSession, 'GET', '/affiliate/balances?currency=USD');
    expect(usd.body.items).toEqual([withMinimum(acmeUsd())]);
  });

  it('shows another affiliate only its own', async () => {
    const res = await call(other.affiliateSession, 'GET', '/affiliate/balances');
    expectStatus(res, 200);
    expect(res.body.items).toEqual([withMinimum(otherUsd())]);
    expect((await call(stranger, 'GET', '/affiliate/balances')).body.items).toEqual([]);
  });

  it('names the minimum the next payout needs: the highest of the platform’s and the programs’ minimums', async () => {
    await db.update(s.programs).set({ payoutMinMinor: 25_000 }).where(eq(s.programs.id, acme.program.id));
    try {
      const res = await call(acme.affiliateSession, 'GET', '/affiliate/balances?currency=USD');
      expectStatus(res, 200);
      expect(res.body.items).toEqual([withMinimum(acmeUsd(), 25_000)]);
      // Another advertiser's program minimum does not move this one's.
      const theirs = await call(other.affiliateSession, 'GET', '/affiliate/balances');
      expect(theirs.body.items).toEqual([withMinimum(otherUsd())]);
    } finally {
      await db.update(s.programs).set({ payoutMinMinor: 10_000 }).where(eq(s.programs.id, acme.program.id));
    }
  });

  it('refuses a malformed currency and anonymous callers', async () => {
    expectStatus(
      await call(acme.affiliateSession, 'GET', '/affiliate/balances?currency=usd'),
      400,
      'validation_failed',
    );
    expectStatus(await call(null, 'GET', '/affiliate/balances'), 401, 'unauthorized');
  });
});

describe('GET /affiliate/orgs/{orgId}/balance', () => {
  it('shows the balance in one advertiser context', async () => {
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/balance`);
    expectStatus(res, 200);
    expect(sortByCurrency(res.body.items)).toEqual([acmeEur(), acmeUsd()]);
  });

  it('is not_found in an advertiser context the affiliate has no part in', async () => {
    expectStatus(await call(other.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/balance`), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', '/affiliate/orgs/not-a-uuid/balance'), 404, 'not_found');
  });
});

describe('GET /orgs/{orgId}/balances', () => {
  // The advertiser's view names each affiliate, so finance staff know whom they owe.
  const withEmail = <T extends object>(balance: T) => ({
    ...balance,
    affiliateEmail: acme.affiliate.email,
    affiliateName: 'Alice',
  });

  it('shows every member the balances per affiliate, filterable by currency and affiliate', async () => {
    for (const member of [acme.owner, acme.admin, acme.finance]) {
      const res = await call(member, 'GET', `/orgs/${acme.org.id}/balances`);
      expectStatus(res, 200);
      expect(sortByCurrency(res.body.items)).toEqual([withEmail(acmeEur()), withEmail(acmeUsd())]);
    }
    expect((await call(acme.finance, 'GET', `/orgs/${acme.org.id}/balances?currency=EUR`)).body.items).toEqual([
      withEmail(acmeEur()),
    ]);
    expect(
      (await call(acme.finance, 'GET', `/orgs/${acme.org.id}/balances?affiliateId=${acme.affiliate.id}&currency=USD`))
        .body.items,
    ).toEqual([withEmail(acmeUsd())]);
    expect(
      (await call(acme.finance, 'GET', `/orgs/${acme.org.id}/balances?affiliateId=${other.affiliate.id}`)).body.items,
    ).toEqual([]);
  });

  it('never shows another tenant, nor lets the affiliate in', async () => {
    expectStatus(await call(acme.owner, 'GET', `/orgs/${other.org.id}/balances`), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', `/orgs/${acme.org.id}/balances`), 404, 'not_found');
  });

  it('refuses bad filters with 400', async () => {
    expectStatus(
      await call(acme.owner, 'GET', `/orgs/${acme.org.id}/balances?affiliateId=nope`),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'GET', `/orgs/${acme.org.id}/balances?currency=XXXX`),
      400,
      'validation_failed',
    );
  });
});

describe('GET /platform/finance/balances', () => {
  it('shows platform staff and support every advertiser, filterable', async () => {
    for (const who of [staff, support]) {
      const res = await call(who, 'GET', '/platform/finance/balances');
      expectStatus(res, 200);
      expect(res.body.items).toEqual(expect.arrayContaining([acmeUsd(), acmeEur(), otherUsd()]));
    }
    expect((await call(staff, 'GET', `/platform/finance/balances?organizationId=${other.org.id}`)).body.items).toEqual([
      otherUsd(),
    ]);
    expect(
      (await call(staff, 'GET', `/platform/finance/balances?affiliateId=${acme.affiliate.id}&currency=EUR`)).body.items,
    ).toEqual([acmeEur()]);
  });

  it('is not_found for everybody else', async () => {
    for (const who of [acme.owner, acme.affiliateSession, stranger]) {
      expectStatus(await call(who, 'GET', '/platform/finance/balances'), 404, 'not_found');
    }
  });
});

describe('query strictness', () => {
  it('refuses a misspelt filter instead of answering unfiltered', async () => {
    expectStatus(
      await call(acme.finance, 'GET', `/orgs/${acme.org.id}/balances?curency=USD`),
      400,
      'validation_failed',
    );
    expectStatus(await call(staff, 'GET', '/platform/finance/balances?organisationId=x'), 400, 'validation_failed');
    expectStatus(await call(staff, 'GET', '/platform/finance/ledger-check?org=x'), 400, 'validation_failed');
  });
});
