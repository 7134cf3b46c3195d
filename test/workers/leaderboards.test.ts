import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { EnrollmentStatus } from '../../schema/enums';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// Program leaderboards read the rollups, so these tests write rollup rows as the rollup jobs would
// and check the ranking, the windows, masking and that nothing crosses programs or advertisers.

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

interface Member {
  userId: string;
  enrollmentId: string;
  session: TestSession;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** This UTC hour: inside every period, whatever the time of day or month. */
const thisHour = () => new Date(Math.floor(Date.now() / HOUR) * HOUR);
const daysAgo = (n: number) => new Date(thisHour().getTime() - n * DAY);
const monthStart = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
};

let seq = 0;
async function join(a: Advertiser, firstName: string | null, status: EnrollmentStatus = 'active'): Promise<Member> {
  seq += 1;
  const [user] = await db
    .insert(s.users)
    .values({
      email: `board-${seq}-${crypto.randomUUID()}@example.com`,
      approvedAffiliate: true,
      firstName,
      lastName: 'Quinn',
    })
    .returning();
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: a.program.id,
      affiliateId: user!.id,
      organizationId: a.org.id,
      status,
      refCode: `BOARD${seq}${crypto.randomUUID().slice(0, 8)}`,
    })
    .returning();
  return { userId: user!.id, enrollmentId: enrollment!.id, session: await signInAs(db, user!.id) };
}

const bucket = (a: Advertiser, m: Pick<Member, 'enrollmentId' | 'userId'>, hour: Date) => ({
  hour,
  organizationId: a.org.id,
  appId: a.app.id,
  programId: a.program.id,
  enrollmentId: m.enrollmentId,
  affiliateId: m.userId,
});

async function conversions(
  a: Advertiser,
  m: Pick<Member, 'enrollmentId' | 'userId'>,
  n: number,
  opts: { hour?: Date; eventType?: 'lead' | 'sale' | 'rebill'; status?: 'approved' | 'pending' | 'rejected' } = {},
) {
  await db.insert(s.conversionStatsHourly).values({
    ...bucket(a, m, opts.hour ?? thisHour()),
    eventType: opts.eventType ?? 'sale',
    status: opts.status ?? 'approved',
    currency: 'USD',
    conversions: n,
    // Revenue the advertiser reported: it must never reach an affiliate.
    revenueMinor: 987_654_321,
  });
}

async function earnings(
  a: Advertiser,
  m: Pick<Member, 'enrollmentId' | 'userId'>,
  amountMinor: number,
  opts: { level?: number; currency?: string; status?: 'approved' | 'pending' | 'rejected'; kind?: 'adjustment' } = {},
) {
  await db.insert(s.commissionStatsHourly).values({
    ...bucket(a, m, thisHour()),
    beneficiaryId: m.userId,
    level: opts.level ?? 0,
    kind: opts.kind ?? 'commission',
    status: opts.status ?? 'approved',
    currency: opts.currency ?? 'USD',
    lines: 1,
    amountMinor,
  });
}

async function clicks(a: Advertiser, m: Pick<Member, 'enrollmentId' | 'userId'>, n: number, day: Date) {
  await db.insert(s.clickEnrollmentDaily).values({
    organizationId: a.org.id,
    day: new Date(Math.floor(day.getTime() / DAY) * DAY),
    programId: a.program.id,
    enrollmentId: m.enrollmentId,
    appId: a.app.id,
    affiliateId: m.userId,
    clicks: n,
    uniqueClicks: n,
  });
}

const boardPath = (a: Advertiser) => `/affiliate/orgs/${a.org.id}/programs/${a.program.id}/leaderboard`;
const programPath = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}`;
async function turnOn(a: Advertiser, metric: string, period: string) {
  const res = await call(a.admin, 'PATCH', programPath(a), { leaderboard: { metric, period } });
  expectStatus(res, 200);
  expect(res.body.leaderboard).toEqual({ metric, period });
}
async function board(who: TestSession, a: Advertiser) {
  const res = await call(who, 'GET', boardPath(a));
  expectStatus(res, 200);
  return res.body;
}
const scores = (b: { entries: { rank: number; name: string | null; score: number }[] }) =>
  b.entries.map((e) => [e.rank, e.name, e.score]);

/** a[1]…a[11] join acme's program after Alice (acme.affiliate), in that order. */
const a: Member[] = [];
let alice: Member;

beforeAll(async () => {
  alice = { userId: acme.affiliate.id, enrollmentId: acme.enrollment.id, session: acme.affiliateSession };
  a.push(alice);
  for (const name of [null, 'Bea', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo', 'Kit'])
    a.push(await join(acme, name));
});

describe('the advertiser turns a leaderboard on in the program settings', () => {
  it('stores metric and period, refuses anything else, and answers not_found while it is off', async () => {
    expectStatus(await call(alice.session, 'GET', boardPath(acme)), 404, 'not_found');
    for (const leaderboard of [
      { metric: 'revenue', period: 'this_month' },
      { metric: 'clicks', period: 'yesterday' },
      { metric: 'clicks', period: 'all_time', extra: true },
    ])
      expectStatus(await call(acme.admin, 'PATCH', programPath(acme), { leaderboard }), 400, 'validation_failed');
    expectStatus(await call(acme.finance, 'PATCH', programPath(acme), { leaderboard: null }), 403, 'forbidden');
    await turnOn(acme, 'conversions', 'last_30_days');
    expect((await call(acme.finance, 'GET', programPath(acme))).body.leaderboard).toEqual({
      metric: 'conversions',
      period: 'last_30_days',
    });
    const mine = await call(alice.session, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expect(mine.body.items[0]).toMatchObject({
      program: { leaderboard: { metric: 'conversions', period: 'last_30_days' } },
      leaderboardMasked: false,
    });
  });
});

describe('ranking', () => {
  it('lists the top ten, equal scores sharing a rank in the order they joined, and the viewer wherever it is', async () => {
    const scoresBy = [1, 5, 9, 5, 7, 3, 3, 3, 2, 2, 2, 1];
    for (const [i, n] of scoresBy.entries()) await conversions(acme, a[i]!, n);
    // Bea's 9 is 5 leads and 4 sales; rejected sales, rebills and conversions of 40 days ago do not count.
    await db.delete(s.conversionStatsHourly).where(eq(s.conversionStatsHourly.enrollmentId, a[2]!.enrollmentId));
    await conversions(acme, a[2]!, 5, { eventType: 'lead' });
    await conversions(acme, a[2]!, 4, { status: 'pending' });
    await conversions(acme, a[2]!, 50, { status: 'rejected', hour: daysAgo(1) });
    await conversions(acme, a[2]!, 50, { eventType: 'rebill' });
    await conversions(acme, a[11]!, 50, { hour: daysAgo(40) });

    const seen = await board(alice.session, acme);
    expect(seen).toMatchObject({ metric: 'conversions', period: 'last_30_days', currency: null, ranked: 12 });
    expect(scores(seen)).toEqual([
      [1, 'Bea Q.', 9],
      [2, 'Dee Q.', 7],
      [3, null, 5],
      [3, 'Cy Q.', 5],
      [5, 'Eve Q.', 3],
      [5, 'Fay Q.', 3],
      [5, 'Gus Q.', 3],
      [8, 'Hal Q.', 2],
      [8, 'Ida Q.', 2],
      [8, 'Jo Q.', 2],
    ]);
    expect(seen.entries.every((e: { you: boolean }) => !e.you)).toBe(true);
    expect(seen.you).toEqual({ rank: 11, score: 1, masked: false });
    expect(new Date(seen.from).getTime()).toBe(Date.UTC(...utcDay(daysAgo(29))));
    expect(JSON.stringify(seen)).not.toContain('987654321');
    // Bea sees herself in the list.
    const bea = await board(a[2]!.session, acme);
    expect(bea.entries[0]).toMatchObject({ rank: 1, you: true });
    expect(bea.you).toMatchObject({ rank: 1, score: 9 });
  });

  it('masks the name of an affiliate who chose so, for everyone', async () => {
    const res = await call(a[2]!.session, 'PUT', `${boardPath(acme)}/masking`, { masked: true });
    expectStatus(res, 200);
    expect(res.body).toEqual({ masked: true });
    expectStatus(await call(a[2]!.session, 'PUT', `${boardPath(acme)}/masking`, { masked: 'yes' }), 400);
    expect((await board(alice.session, acme)).entries[0]).toMatchObject({ rank: 1, name: 'B•••a' });
    expect((await board(a[2]!.session, acme)).you).toMatchObject({ masked: true });
    // Kept on the enrollment: a choice per program.
    const [row] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, a[2]!.enrollmentId));
    expect(row!.leaderboardMasked).toBe(true);
  });

  it('drops suspended affiliates and answers not_found to anyone not active in the program', async () => {
    await db.update(s.enrollments).set({ status: 'suspended' }).where(eq(s.enrollments.id, a[4]!.enrollmentId));
    const seen = await board(alice.session, acme);
    expect(seen.entries.map((e: { name: string }) => e.name)).not.toContain('Dee Q.');
    expect(seen.ranked).toBe(11);
    expectStatus(await call(a[4]!.session, 'GET', boardPath(acme)), 404, 'not_found');
    const pending = await join(acme, 'Pat', 'pending');
    expectStatus(await call(pending.session, 'GET', boardPath(acme)), 404, 'not_found');
    await db.update(s.enrollments).set({ status: 'active' }).where(eq(s.enrollments.id, a[4]!.enrollmentId));
  });
});

describe('periods and metrics', () => {
  it('sums whole UTC days: the last 7 or 30, this month, or all time from the enrollment totals', async () => {
    await conversions(acme, a[5]!, 20, { hour: daysAgo(10) });
    expect(scores(await board(alice.session, acme))[0]).toEqual([1, 'Eve Q.', 23]);
    await turnOn(acme, 'conversions', 'last_7_days');
    const week = await board(alice.session, acme);
    expect(scores(week)[0]).toEqual([1, 'B•••a', 9]);
    expect(new Date(week.from).getTime()).toBe(Date.UTC(...utcDay(daysAgo(6))));
    // The hour before this month began is outside it, this hour inside.
    await conversions(acme, a[6]!, 30, { hour: new Date(monthStart().getTime() - HOUR) });
    await turnOn(acme, 'conversions', 'this_month');
    const month = await board(alice.session, acme);
    expect(month.from).toBe(monthStart().toISOString());
    // Fay's 30 came the hour before: this month she has her 3 (Eve's 20 of ten days ago may or may not be in it).
    expect(scores(month).find((r) => r[1] === 'Fay Q.')?.[2]).toBe(3);
    // All time reads the enrollment totals the rollups keep.
    await db.insert(s.enrollmentTotals).values([
      {
        enrollmentId: a[11]!.enrollmentId,
        organizationId: acme.org.id,
        programId: acme.program.id,
        affiliateId: a[11]!.userId,
        conversions: 99,
        clicks: 3,
      },
      {
        enrollmentId: alice.enrollmentId,
        organizationId: acme.org.id,
        programId: acme.program.id,
        affiliateId: alice.userId,
        conversions: 4,
        clicks: 700,
      },
    ]);
    await turnOn(acme, 'conversions', 'all_time');
    const ever = await board(alice.session, acme);
    expect(ever).toMatchObject({ from: null, ranked: 2, you: { rank: 2, score: 4 } });
    expect(scores(ever)).toEqual([
      [1, 'Kit Q.', 99],
      [2, 'Alice', 4],
    ]);
    expect(ever.entries[1].you).toBe(true);
  });

  it('ranks earnings by the affiliate’s own commission in the program’s currency, never a rate of revenue', async () => {
    await earnings(acme, a[1]!, 1_500);
    await earnings(acme, a[1]!, 500, { status: 'rejected' });
    await earnings(acme, a[3]!, 700, { status: 'pending' });
    await earnings(acme, a[3]!, -200, { kind: 'adjustment' });
    await earnings(acme, a[3]!, 5_000, { currency: 'EUR' });
    // An upline line pays someone else for Kit's sale: not Kit's earnings.
    await earnings(acme, a[11]!, 9_999, { level: 1 });
    await turnOn(acme, 'earnings', 'last_7_days');
    const seen = await board(alice.session, acme);
    expect(seen).toMatchObject({ metric: 'earnings', currency: 'USD', ranked: 2, you: { rank: null, score: 0 } });
    expect(scores(seen)).toEqual([
      [1, null, 1_500],
      [2, 'Cy Q.', 500],
    ]);
  });

  it('ranks clicks from the daily rollup', async () => {
    await clicks(acme, a[7]!, 10, thisHour());
    await clicks(acme, a[8]!, 40, thisHour());
    await clicks(acme, a[8]!, 100, daysAgo(40));
    await turnOn(acme, 'clicks', 'last_30_days');
    expect(scores(await board(alice.session, acme))).toEqual([
      [1, 'Hal Q.', 40],
      [2, 'Gus Q.', 10],
    ]);
    await turnOn(acme, 'clicks', 'all_time');
    expect(scores(await board(alice.session, acme))).toEqual([
      [1, 'Alice', 700],
      [2, 'Kit Q.', 3],
    ]);
  });
});

describe('two advertisers', () => {
  it('shows each advertiser’s affiliates only their own program’s board', async () => {
    const theirs = { userId: other.affiliate.id, enrollmentId: other.enrollment.id };
    await conversions(other, theirs, 12);
    await turnOn(other, 'conversions', 'last_30_days');
    const seen = await board(other.affiliateSession, other);
    expect(scores(seen)).toEqual([[1, 'Alice', 12]]);
    expect(seen.you).toMatchObject({ rank: 1, score: 12 });
    expect(seen.ranked).toBe(1);
    // Neither side reaches the other's board, whatever ids it puts in the path.
    expectStatus(await call(other.affiliateSession, 'GET', boardPath(acme)), 404, 'not_found');
    expectStatus(
      await call(alice.session, 'GET', `/affiliate/orgs/${acme.org.id}/programs/${other.program.id}/leaderboard`),
      404,
      'not_found',
    );
    expectStatus(
      await call(other.affiliateSession, 'PUT', `${boardPath(acme)}/masking`, { masked: true }),
      404,
      'not_found',
    );
    expect(JSON.stringify(await board(alice.session, acme))).not.toContain(other.enrollment.id);
  });

  it('turned off, the board is gone for everyone', async () => {
    expectStatus(await call(acme.admin, 'PATCH', programPath(acme), { leaderboard: null }), 200);
    expectStatus(await call(alice.session, 'GET', boardPath(acme)), 404, 'not_found');
    expect((await board(other.affiliateSession, other)).ranked).toBe(1);
  });
});

function utcDay(d: Date): [number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
