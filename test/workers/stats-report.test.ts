import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { createUserSession, type TestSession } from '../sessions';
import {
  addClickStats,
  addCommissionStats,
  addConversionStats,
  addRejections,
  addSubStats,
  addTechStats,
  ingestClicks,
  ownerOf,
  type RollupOwner,
  setEnrollmentTotals,
} from '../stats-rollups';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

/** Acme's own affiliate, a second affiliate in acme (the rival), and the other advertiser's. */
let mine: RollupOwner;
let rival: RollupOwner;
let rivalSession: TestSession;
let theirs: RollupOwner;
let platformAdmin: TestSession;

beforeAll(async () => {
  mine = ownerOf(acme);
  theirs = ownerOf(other);
  rivalSession = await createUserSession(db, { approvedAffiliate: true });
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: acme.program.id,
      affiliateId: rivalSession.userId,
      organizationId: acme.org.id,
      status: 'active',
      refCode: `RIV${uuidv7().slice(-8)}`,
    })
    .returning();
  rival = { ...mine, enrollmentId: enrollment!.id, affiliateId: rivalSession.userId };
  platformAdmin = await createStaff(db, 'platform_admin');
});

const orgReport = (who: TestSession, query: string, org = acme.org.id) =>
  call(who, 'GET', `/orgs/${org}/stats/report?${query}`);
const affiliateReport = (who: TestSession, query: string, org = acme.org.id) =>
  call(who, 'GET', `/affiliate/orgs/${org}/stats/report?${query}`);

describe('day boundaries', () => {
  it('cuts days at local midnight in Europe/Moscow (UTC+3)', async () => {
    await addClickStats(db, mine, [
      { hour: '2026-01-10T20:00:00Z', clicks: 5 }, // 23:00 on Jan 10 in Moscow
      { hour: '2026-01-10T21:00:00Z', clicks: 7 }, // 00:00 on Jan 11
      { hour: '2026-01-11T20:00:00Z', clicks: 11 }, // 23:00 on Jan 11
    ]);
    const res = await orgReport(acme.owner, 'from=2026-01-10&to=2026-01-11&tz=Europe/Moscow');
    expectStatus(res, 200);
    expect(res.body.rows.map((r: any) => [r.bucket, r.bucketLocal, r.metrics.clicks])).toEqual([
      ['2026-01-09T21:00:00.000Z', '2026-01-10T00:00', 5],
      ['2026-01-10T21:00:00.000Z', '2026-01-11T00:00', 18],
    ]);
    const utc = await orgReport(acme.owner, 'from=2026-01-10&to=2026-01-11&tz=UTC');
    expect(utc.body.rows.map((r: any) => [r.bucketLocal, r.metrics.clicks])).toEqual([
      ['2026-01-10T00:00', 12],
      ['2026-01-11T00:00', 11],
    ]);
  });

  it('gives America/New_York a 23-hour day in spring and a 25-hour day in autumn', async () => {
    const everyHour = (from: string, hours: number) =>
      Array.from({ length: hours }, (_, i) => ({
        hour: new Date(Date.parse(from) + i * 3_600_000).toISOString(),
        clicks: 1,
      }));
    await addClickStats(db, mine, [...everyHour('2026-03-07T05:00:00Z', 72), ...everyHour('2026-10-31T04:00:00Z', 74)]);
    const spring = await orgReport(acme.owner, 'from=2026-03-07&to=2026-03-09&tz=America/New_York');
    expectStatus(spring, 200);
    expect(spring.body.rows.map((r: any) => [r.bucketLocal, r.metrics.clicks])).toEqual([
      ['2026-03-07T00:00', 24],
      ['2026-03-08T00:00', 23],
      ['2026-03-09T00:00', 24],
    ]);
    const autumn = await orgReport(acme.owner, 'from=2026-10-31&to=2026-11-02&tz=America/New_York');
    expect(autumn.body.rows.map((r: any) => [r.bucketLocal, r.metrics.clicks])).toEqual([
      ['2026-10-31T00:00', 24],
      ['2026-11-01T00:00', 25],
      ['2026-11-02T00:00', 24],
    ]);
    const hourly = await orgReport(acme.owner, 'from=2026-03-08&to=2026-03-08&tz=America/New_York&granularity=hour');
    expect(hourly.body.rows).toHaveLength(23);
    expect(hourly.body.rows.map((r: any) => r.bucketLocal).slice(1, 3)).toEqual([
      '2026-03-08T01:00',
      '2026-03-08T03:00',
    ]);
  });
});

describe('advertiser-grain rollups', () => {
  it('sums whole UTC days from the daily rollups and the partial days at the edges from the hourly ones', async () => {
    // Moscow's Apr 14–16 are [Apr 13 21:00Z, Apr 16 21:00Z): both edges cut a UTC day.
    await addClickStats(db, mine, [
      { hour: '2026-04-13T20:00:00Z', clicks: 1, country: 'DE' }, // 23:00 on Apr 13: outside
      { hour: '2026-04-13T21:00:00Z', clicks: 2, country: 'DE' }, // 00:00 on Apr 14
      { hour: '2026-04-14T12:00:00Z', clicks: 3, country: 'FR' },
      { hour: '2026-04-15T05:00:00Z', clicks: 4, country: 'FR' },
      { hour: '2026-04-16T20:00:00Z', clicks: 5, country: 'DE' }, // 23:00 on Apr 16
      { hour: '2026-04-16T21:00:00Z', clicks: 6, country: 'DE' }, // 00:00 on Apr 17: outside
    ]);
    await addClickStats(db, rival, [
      { hour: '2026-04-14T12:00:00Z', clicks: 10, country: 'FR' },
      { hour: '2026-04-16T21:00:00Z', clicks: 20, country: 'FR' },
    ]);
    await addSubStats(db, mine, [
      { hour: '2026-04-13T20:00:00Z', slot: 1, value: 'a', clicks: 1 },
      { hour: '2026-04-13T21:00:00Z', slot: 1, value: 'a', clicks: 2 },
      { hour: '2026-04-15T05:00:00Z', slot: 1, value: 'a', clicks: 4 },
      { hour: '2026-04-16T21:00:00Z', slot: 1, value: 'b', clicks: 6 },
    ]);
    const range = 'from=2026-04-14&to=2026-04-16&tz=Europe/Moscow&granularity=total';
    const rows = async (who: TestSession, query: string, report = orgReport) => {
      const res = await report(who, `${range}&${query}`);
      expectStatus(res, 200);
      return res.body.rows.map((r: any) => [Object.values(r.dimensions).join(','), r.metrics.clicks]);
    };

    expect(await rows(acme.owner, 'groupBy=affiliate')).toEqual([
      [mine.affiliateId, 20],
      [rival.affiliateId, 10],
    ]);
    expect(await rows(acme.owner, 'groupBy=sub1')).toEqual([['a', 6]]);
    expect(await rows(acme.owner, 'groupBy=program')).toEqual([[acme.program.id, 30]]);
    expect(await rows(acme.owner, 'groupBy=country')).toEqual(
      [
        ['FR', 17],
        ['ZZ', 6],
        ['DE', 7],
      ].sort((a, b) => Number(b[1]) - Number(a[1])),
    );
    expect(await rows(acme.affiliateSession, 'groupBy=program', affiliateReport)).toEqual([[acme.program.id, 20]]);
    // Hourly buckets read the hourly rollups: the same days, split by day.
    const byDay = await orgReport(acme.owner, 'from=2026-04-14&to=2026-04-16&tz=Europe/Moscow');
    expect(byDay.body.rows.map((r: any) => [r.bucketLocal, r.metrics.clicks])).toEqual([
      ['2026-04-14T00:00', 17],
      ['2026-04-15T00:00', 8],
      ['2026-04-16T00:00', 5],
    ]);
  });
});

describe('tenancy', () => {
  const day = 'from=2026-02-01&to=2026-02-01&granularity=total';
  beforeAll(async () => {
    await addClickStats(db, mine, [{ hour: '2026-02-01T10:00:00Z', clicks: 10, country: 'US' }]);
    await addClickStats(db, rival, [{ hour: '2026-02-01T10:00:00Z', clicks: 20, country: 'DE' }]);
    await addClickStats(db, theirs, [{ hour: '2026-02-01T10:00:00Z', clicks: 7, country: 'US' }]);
    await addConversionStats(db, mine, [
      {
        hour: '2026-02-01T10:00:00Z',
        eventType: 'sale',
        conversions: 2,
        revenueMinor: 10_000,
        currency: 'USD',
        country: 'US',
      },
      { hour: '2026-02-01T10:00:00Z', eventType: 'lead', conversions: 3, country: 'US' },
      { hour: '2026-02-01T10:00:00Z', eventType: 'lead', status: 'rejected', conversions: 1, country: 'US' },
    ]);
    await addConversionStats(db, rival, [
      {
        hour: '2026-02-01T10:00:00Z',
        eventType: 'sale',
        conversions: 4,
        revenueMinor: 40_000,
        currency: 'USD',
        country: 'DE',
      },
    ]);
    await addConversionStats(db, theirs, [
      {
        hour: '2026-02-01T10:00:00Z',
        eventType: 'sale',
        conversions: 9,
        revenueMinor: 90_000,
        currency: 'USD',
        country: 'US',
      },
    ]);
    await addCommissionStats(db, mine, [
      { hour: '2026-02-01T10:00:00Z', amountMinor: 3_000, currency: 'USD', country: 'US' },
    ]);
    await addCommissionStats(db, rival, [
      { hour: '2026-02-01T10:00:00Z', amountMinor: 12_000, currency: 'USD', country: 'DE' },
      // Our affiliate referred the rival: an upline line on the rival's traffic.
      {
        hour: '2026-02-01T10:00:00Z',
        amountMinor: 500,
        currency: 'USD',
        country: 'DE',
        level: 1,
        beneficiaryId: mine.affiliateId,
      },
    ]);
    await addCommissionStats(db, theirs, [
      { hour: '2026-02-01T10:00:00Z', amountMinor: 27_000, currency: 'USD', country: 'US' },
    ]);
  });

  it('shows the advertiser every affiliate of its own, with revenue, payout, profit and ROI', async () => {
    const res = await orgReport(acme.owner, `${day}&groupBy=affiliate`);
    expectStatus(res, 200);
    const byAffiliate = Object.fromEntries(res.body.rows.map((r: any) => [r.dimensions.affiliate, r]));
    expect(Object.keys(byAffiliate).sort()).toEqual([mine.affiliateId, rival.affiliateId].sort());
    expect(byAffiliate[mine.affiliateId].metrics).toMatchObject({
      clicks: 10,
      sales: 2,
      leads: 3,
      rejectedConversions: 1,
      cr: 0.5,
    });
    expect(byAffiliate[mine.affiliateId].money).toEqual([
      { currency: 'USD', revenueMinor: 10_000, payoutMinor: 3_000, profitMinor: 7_000, roi: 7_000 / 3_000, epc: 300 },
    ]);
    // Spend counts every level: the rival's own line and our affiliate's upline share.
    expect(byAffiliate[rival.affiliateId].money[0]).toMatchObject({ revenueMinor: 40_000, payoutMinor: 12_500 });
  });

  it('exports the whole report as CSV: every page, names beside ids, local ISO times, rates in percent', async () => {
    const res = await call(
      acme.owner,
      'GET',
      `/orgs/${acme.org.id}/stats/report.csv?${day}&groupBy=affiliate,program&limit=1&tz=Europe/Moscow`,
    );
    expectStatus(res, 200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // What, which range (local dates, to inclusive) and which grouping.
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="stats_2026-02-01_2026-02-01_by-total_affiliate-program.csv"',
    );
    const [header, ...lines] = (res.body as string)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(header).toEqual([
      'period_start',
      'period_end',
      'affiliate_id',
      'affiliate',
      'program_id',
      'program',
      'clicks',
      'unique_clicks',
      'rejected_clicks',
      'leads',
      'sales',
      'rebills',
      'refunds',
      'cancellations',
      'pending_conversions',
      'flagged_conversions',
      'rejected_conversions',
      'conversion_rate_pct',
      'conversion_rate_unique_pct',
      'currency',
      'revenue',
      'payout',
      'profit',
      'roi_pct',
      'epc',
    ]);
    // limit=1 pages one row at a time; the file still holds both affiliates, each named.
    const byAffiliate = Object.fromEntries(
      lines.map((l) => [l[2], Object.fromEntries(header!.map((h, i) => [h, l[i]]))]),
    );
    expect(Object.keys(byAffiliate).sort()).toEqual([mine.affiliateId, rival.affiliateId].sort());
    const [me] = await db.select().from(s.users).where(eq(s.users.id, mine.affiliateId));
    expect(byAffiliate[mine.affiliateId]).toEqual(
      expect.objectContaining({
        // The whole Moscow day, on Moscow's clock: never an empty time column.
        period_start: '2026-02-01T00:00:00+03:00',
        period_end: '2026-02-02T00:00:00+03:00',
        affiliate: [me!.firstName, me!.lastName].filter(Boolean).join(' ') || me!.email,
        program_id: acme.program.id,
        program: acme.program.name,
        clicks: '10',
        sales: '2',
        conversion_rate_pct: '50.00',
        currency: 'USD',
        revenue: '100.00',
        payout: '30.00',
        profit: '70.00',
        // ROI 7000 / 3000 as a percentage with two decimals; EPC 300 cents a click in dollars.
        roi_pct: '233.33',
        epc: '3.0000',
      }),
    );
    expect(byAffiliate[rival.affiliateId]).toMatchObject({ revenue: '400.00', payout: '125.00' });
  });

  it('gives every time bucket its start and end in the report’s zone, and names by day', async () => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/stats/report.csv?from=2026-02-01&to=2026-02-02`);
    expectStatus(res, 200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="stats_2026-02-01_2026-02-02_by-day.csv"',
    );
    const lines = (res.body as string).trimEnd().split('\r\n');
    expect(lines[1]!.startsWith('2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,')).toBe(true);
  });

  it('exports an affiliate report with payout only, and refuses bad parameters before any byte', async () => {
    const res = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/stats/report.csv?${day}&groupBy=country`,
    );
    expectStatus(res, 200);
    const [header, ...lines] = (res.body as string)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(header).toContain('payout');
    expect(header).not.toEqual(expect.arrayContaining(['revenue']));
    expect(header!.some((h) => ['revenue', 'profit', 'roi', 'roi_pct'].includes(h))).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]![header!.indexOf('payout')]).toBe('30.00');
    expectStatus(
      await call(acme.owner, 'GET', `/orgs/${acme.org.id}/stats/report.csv?${day}&groupBy=planet`),
      400,
      'stats_dimension_unknown',
    );
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/stats/report.csv?${day}`), 404, 'not_found');
  });

  it("never shows an advertiser another advertiser's rows", async () => {
    const res = await orgReport(other.owner, day, other.org.id);
    expect(res.body.rows.map((r: any) => r.metrics.clicks)).toEqual([7]);
    expectStatus(await orgReport(other.owner, day, acme.org.id), 404, 'not_found');
    for (const member of [acme.admin, acme.finance]) expectStatus(await orgReport(member, day), 200);
  });

  it('shows an affiliate only its own traffic and payout, and no revenue field at all', async () => {
    const res = await affiliateReport(acme.affiliateSession, `${day}&groupBy=country`);
    expectStatus(res, 200);
    expect(res.body.rows).toHaveLength(1);
    const [row] = res.body.rows;
    expect(row.dimensions).toEqual({ country: 'US' });
    expect(row.metrics).toMatchObject({ clicks: 10, sales: 2, leads: 3 });
    expect(Object.keys(row.money[0]).sort()).toEqual(['currency', 'epc', 'payoutMinor']);
    expect(row.money[0]).toEqual({ currency: 'USD', payoutMinor: 3_000, epc: 300 });
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'earningsByLevel',
        'from',
        'granularity',
        'groupBy',
        'nextCursor',
        'previousPeriod',
        'rows',
        'source',
        'timeZone',
        'to',
      ].sort(),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/revenue|profit|roi/i);
    expect(res.body.earningsByLevel).toEqual([
      { level: 0, currency: 'USD', amountMinor: 3_000 },
      { level: 1, currency: 'USD', amountMinor: 500 },
    ]);
    const rivals = await affiliateReport(rivalSession, day);
    expect(rivals.body.rows[0].metrics.clicks).toBe(20);
    expect(rivals.body.rows[0].money).toEqual([{ currency: 'USD', payoutMinor: 12_000, epc: 600 }]);
  });

  it('refuses affiliates the affiliate dimension and other advertisers', async () => {
    expectStatus(
      await affiliateReport(acme.affiliateSession, `${day}&groupBy=affiliate`),
      400,
      'stats_dimension_unknown',
    );
    expectStatus(
      await affiliateReport(acme.affiliateSession, `${day}&affiliate=${rival.affiliateId}`),
      400,
      'validation_failed',
    );
    expectStatus(await affiliateReport(other.affiliateSession, day), 404, 'not_found');
    expectStatus(await orgReport(acme.affiliateSession, day), 404, 'not_found');
  });

  it('shows platform staff every advertiser, or one', async () => {
    const all = await call(platformAdmin, 'GET', `/platform/stats/report?${day}`);
    expectStatus(all, 200);
    expect(all.body.rows[0].metrics.clicks).toBeGreaterThanOrEqual(37);
    const one = await call(platformAdmin, 'GET', `/platform/stats/report?${day}&organizationId=${other.org.id}`);
    expect(one.body.rows[0].metrics.clicks).toBe(7);
    expect(one.body.rows[0].money[0]).toMatchObject({ revenueMinor: 90_000, payoutMinor: 27_000 });
    expectStatus(await call(acme.owner, 'GET', `/platform/stats/report?${day}`), 404, 'not_found');
  });
});

describe('clicks from the real ingest', () => {
  it('reports the clicks the queue consumer rolled up, by country, rejected ones apart', async () => {
    await ingestClicks({ ...mine, refCode: acme.enrollment.refCode }, [
      { country: 'US' },
      { country: 'DE' },
      { country: 'DE' },
      { country: 'DE', rejectReason: 'geo_blocked' },
    ]);
    const hour = 3_600_000;
    const from = new Date(Math.floor(Date.now() / hour) * hour - hour).toISOString();
    const to = new Date(Math.ceil(Date.now() / hour) * hour + hour).toISOString();
    const res = await orgReport(
      acme.owner,
      `from=${from}&to=${to}&granularity=total&groupBy=country&sort=clicks&program=${acme.program.id}`,
    );
    expectStatus(res, 200);
    expect(res.body.rows.map((r: any) => [r.dimensions.country, r.metrics.clicks, r.metrics.rejectedClicks])).toEqual([
      ['DE', 2, 1],
      ['US', 1, 0],
    ]);
  });
});

describe('money per currency', () => {
  it('keeps USD and EUR apart in every row', async () => {
    await addClickStats(db, mine, [{ hour: '2026-02-10T10:00:00Z', clicks: 100 }]);
    await addConversionStats(db, mine, [
      { hour: '2026-02-10T10:00:00Z', eventType: 'sale', conversions: 1, revenueMinor: 5_000, currency: 'USD' },
      { hour: '2026-02-10T10:00:00Z', eventType: 'sale', conversions: 1, revenueMinor: 7_000, currency: 'EUR' },
    ]);
    await addCommissionStats(db, mine, [
      { hour: '2026-02-10T10:00:00Z', amountMinor: 1_000, currency: 'USD' },
      { hour: '2026-02-10T10:00:00Z', amountMinor: 2_000, currency: 'EUR' },
      { hour: '2026-02-10T10:00:00Z', amountMinor: 9_999, currency: 'EUR', status: 'rejected', country: 'FR' },
    ]);
    const res = await orgReport(acme.owner, 'from=2026-02-10&to=2026-02-10&granularity=total');
    expect(res.body.rows[0].money).toEqual([
      { currency: 'EUR', revenueMinor: 7_000, payoutMinor: 2_000, profitMinor: 5_000, roi: 2.5, epc: 20 },
      { currency: 'USD', revenueMinor: 5_000, payoutMinor: 1_000, profitMinor: 4_000, roi: 4, epc: 10 },
    ]);
    const mineOnly = await affiliateReport(acme.affiliateSession, 'from=2026-02-10&to=2026-02-10&granularity=total');
    expect(mineOnly.body.rows[0].money).toEqual([
      { currency: 'EUR', payoutMinor: 2_000, epc: 20 },
      { currency: 'USD', payoutMinor: 1_000, epc: 10 },
    ]);
  });
});

describe('top N and keyset pagination', () => {
  const countries = [
    'AR',
    'AT',
    'AU',
    'BE',
    'BR',
    'CA',
    'CH',
    'CL',
    'CZ',
    'DE',
    'DK',
    'ES',
    'FI',
    'FR',
    'GB',
    'IE',
    'IT',
    'JP',
    'MX',
    'NL',
    'NO',
    'PL',
    'PT',
    'SE',
    'US',
  ];
  const query = 'from=2026-02-20&to=2026-02-20&granularity=total&groupBy=country';
  beforeAll(async () => {
    // Clicks 1..5 repeating, so most counts tie and the tie-breaker decides.
    await addClickStats(
      db,
      mine,
      countries.map((country, i) => ({ hour: '2026-02-20T12:00:00Z', clicks: (i % 5) + 1, country })),
    );
  });

  async function walk(extra: string, limit: number) {
    const seen: any[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const res = await orgReport(acme.owner, `${query}&limit=${limit}${extra}${cursor ? `&cursor=${cursor}` : ''}`);
      expectStatus(res, 200);
      expect(res.body.rows.length).toBeLessThanOrEqual(limit);
      seen.push(...res.body.rows);
      cursor = res.body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('pagination did not end');
  }

  it('pages join up without gaps or repeats, in the order of one big page', async () => {
    const whole = (await orgReport(acme.owner, `${query}&limit=1000`)).body.rows;
    expect(whole).toHaveLength(countries.length);
    expect(whole[0].metrics.clicks).toBe(5);
    for (const [extra, limit] of [
      ['', 7],
      ['&sort=clicks&direction=asc', 4],
      ['&sort=clicks', 1],
    ] as const) {
      const paged = await walk(extra, limit);
      expect(paged.map((r) => r.dimensions.country).sort()).toEqual([...countries].sort());
      const clicks = paged.map((r) => r.metrics.clicks);
      expect(clicks).toEqual([...clicks].sort((a, b) => (extra.includes('asc') ? a - b : b - a)));
      if (extra === '') expect(paged).toEqual(whole);
    }
  });

  it('answers the top N with a cursor to the rest', async () => {
    const top = await orgReport(acme.owner, `${query}&limit=5`);
    expect(top.body.rows.map((r: any) => r.metrics.clicks)).toEqual([5, 5, 5, 5, 5]);
    expect(top.body.nextCursor).toEqual(expect.any(String));
  });

  it('caps the page at 1000 rows and refuses a cursor from another ordering', async () => {
    expectStatus(await orgReport(acme.owner, `${query}&limit=1001`), 400, 'validation_failed');
    const first = await orgReport(acme.owner, `${query}&limit=3`);
    expectStatus(
      await orgReport(acme.owner, `${query}&limit=3&sort=uniqueClicks&cursor=${first.body.nextCursor}`),
      400,
      'invalid_cursor',
    );
  });
});

describe('compare with the previous period', () => {
  it('adds the same group of the period just before, days lined up', async () => {
    await addClickStats(db, mine, [
      { hour: '2026-05-01T10:00:00Z', clicks: 4, country: 'FR' },
      { hour: '2026-05-02T10:00:00Z', clicks: 1, country: 'FR' },
      { hour: '2026-05-03T10:00:00Z', clicks: 10, country: 'FR' },
      { hour: '2026-05-04T10:00:00Z', clicks: 6, country: 'FR' },
    ]);
    const res = await orgReport(acme.owner, 'from=2026-05-03&to=2026-05-04&groupBy=country&compare=previous');
    expectStatus(res, 200);
    expect(res.body.previousPeriod).toEqual({
      from: '2026-05-01T00:00:00.000Z',
      to: '2026-05-03T00:00:00.000Z',
      partial: false,
    });
    expect(res.body.rows.map((r: any) => [r.bucketLocal, r.metrics.clicks, r.previous.metrics.clicks])).toEqual([
      ['2026-05-03T00:00', 10, 4],
      ['2026-05-04T00:00', 6, 1],
    ]);
    const total = await orgReport(acme.owner, 'from=2026-05-03&to=2026-05-04&granularity=total&compare=previous');
    expect(total.body.rows[0].metrics.clicks).toBe(16);
    expect(total.body.rows[0].previous.metrics.clicks).toBe(5);
  });
});

describe('compare a running period like for like', () => {
  it('compares today so far with the same hours of yesterday, in the report’s time zone', async () => {
    // A zone where it is now about noon, so yesterday has hours on both sides of "the same time".
    const now = new Date();
    let offset = (12 - now.getUTCHours() + 24) % 24;
    if (offset > 12) offset -= 24;
    const tz = offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    const today = new Date(now.getTime() + offset * 3_600_000).toISOString().slice(0, 10);
    // The UTC instant at which the zone's clock reads 00:00 today.
    const todayStart = Date.parse(`${today}T00:00:00Z`) - offset * 3_600_000;
    const hour = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    const owner = ownerOf(other);
    await addClickStats(db, owner, [
      { hour: hour(todayStart - 24 * 3_600_000 + 3_600_000), clicks: 4 }, // yesterday 01:00: compared
      { hour: hour(todayStart - 2 * 3_600_000), clicks: 100 }, // yesterday 22:00: later than now today
      { hour: hour(todayStart + 3_600_000), clicks: 3 }, // today 01:00
    ]);
    const res = await orgReport(
      other.owner,
      `from=${today}&to=${today}&tz=${encodeURIComponent(tz)}&granularity=total&compare=previous`,
      other.org.id,
    );
    expectStatus(res, 200);
    const soFar = Math.ceil(now.getTime() / 3_600_000) * 3_600_000;
    expect(res.body.previousPeriod).toEqual({
      from: new Date(todayStart - 86_400_000).toISOString(),
      to: new Date(soFar - 86_400_000).toISOString(),
      partial: true,
    });
    // Before the fix yesterday counted whole: 104 clicks against today's 3.
    expect(res.body.rows[0].metrics.clicks).toBe(3);
    expect(res.body.rows[0].previous.metrics.clicks).toBe(4);
  });
});

describe('other rollups', () => {
  it('answers subs with conversions, OS and browser with clicks only, reasons with rejected clicks', async () => {
    const hour = '2026-06-01T08:00:00Z';
    const range = 'from=2026-06-01&to=2026-06-01&granularity=total';
    await addSubStats(db, mine, [
      { hour, slot: 1, value: 'fb', clicks: 30, sales: 3, payoutMinor: 900 },
      { hour, slot: 1, value: 'tt', clicks: 10 },
      { hour, slot: 2, value: 'x', clicks: 99 },
    ]);
    await addTechStats(db, mine, [{ hour, clicks: 8, device: 'mobile', os: 'iOS', browser: 'Safari' }]);
    await addRejections(db, mine, [{ hour, reason: 'bot', clicks: 6 }]);

    const subs = await affiliateReport(acme.affiliateSession, `${range}&groupBy=sub1`);
    expectStatus(subs, 200);
    expect(subs.body.source).toBe('subs');
    expect(subs.body.rows.map((r: any) => [r.dimensions.sub1, r.metrics.clicks, r.metrics.sales, r.money])).toEqual([
      ['fb', 30, 3, [{ currency: 'USD', payoutMinor: 900, epc: 30 }]],
      ['tt', 10, 0, []],
    ]);

    const tech = await orgReport(acme.owner, `${range}&groupBy=os,browser`);
    expect(tech.body.source).toBe('tech');
    // The sub clicks carried no user agent: they count under an unknown OS and browser.
    expect(tech.body.rows.map((r: any) => [r.dimensions, r.metrics.clicks, r.metrics.sales, r.money])).toEqual([
      [{ os: '', browser: '' }, 139, null, []],
      [{ os: 'iOS', browser: 'Safari' }, 8, null, []],
    ]);

    const reasons = await orgReport(acme.owner, `${range}&groupBy=reason`);
    expect(
      reasons.body.rows.map((r: any) => [r.dimensions.reason, r.metrics.rejectedClicks, r.metrics.clicks]),
    ).toEqual([['bot', 6, null]]);
  });
});

describe('bad parameters', () => {
  it.each([
    ['groupBy=planet', 'stats_dimension_unknown'],
    ['from=2024-01-01&to=2026-01-01', 'range_too_long'],
    ['from=2026-01-01&to=2026-03-01&granularity=hour', 'range_too_long'],
    ['from=2026-02-01&to=2026-01-01', 'stats_range_invalid'],
    ['tz=Mars/Olympus', 'stats_time_zone_invalid'],
    ['tz=Asia/Kolkata', 'stats_time_zone_unsupported'],
    ['groupBy=country,os', 'stats_combination_unsupported'],
    ['groupBy=sub1,sub2', 'stats_combination_unsupported'],
    ['groupBy=country,device,app', 'stats_combination_unsupported'],
    ['cursor=bm90LWEtY3Vyc29y', 'invalid_cursor'],
    ['granularity=year', 'validation_failed'],
    ['program=nope', 'validation_failed'],
    ['colour=red', 'validation_failed'],
  ])('%s → 400 %s', async (query, code) => {
    expectStatus(await orgReport(acme.owner, query), 400, code);
  });

  // Bounded so that every request the schema accepts fits in a URL the runtime takes (a longer one
  // gets 431 from the runtime, without our error body).
  const ids = (n: number) => Array.from({ length: n }, () => uuidv7()).join(',');
  const sub = (n: number) => 'x'.repeat(n);
  it.each([
    ['one filter over its length', `sub1=${sub(1_901)}`, { path: 'sub1' }],
    ['51 ids', `program=${ids(51)}`, { path: 'program', code: 'too_many_values' }],
    [
      'filters that together pass the budget',
      `sub1=${sub(1_900)}&sub2=${sub(1_900)}&sub3=${sub(1_900)}&sub4=${sub(400)}`,
      { path: '', code: 'query_too_long' },
    ],
  ])('refuses %s with 400 validation_failed', async (_label, query, detail) => {
    for (const res of [
      await orgReport(acme.owner, query),
      await affiliateReport(acme.affiliateSession, query),
      await call(platformAdmin, 'GET', `/platform/stats/report?${query}`),
      await call(acme.owner, 'GET', `/orgs/${acme.org.id}/stats/report.csv?${query}`),
    ]) {
      expectStatus(res, 400, 'validation_failed');
      expect(res.body.error.details).toEqual([expect.objectContaining(detail)]);
    }
  });

  it('accepts 50 ids in a filter, and filters up to the budget, as far as the schema goes', async () => {
    expectStatus(await orgReport(acme.owner, `program=${ids(50)}`), 200);
    // Whether the rollups can combine these filters is another question (a stats_* code); the bounds pass.
    const full = await orgReport(acme.owner, `program=${ids(50)}&app=${ids(50)}&link=${ids(50)}`);
    expect(full.body?.error?.code ?? 'ok').not.toBe('validation_failed');
  });

  it('declares the bounds in the OpenAPI document', async () => {
    const doc = (await call(null, 'GET', '/openapi.json')).body;
    for (const path of [
      '/api/orgs/{orgId}/stats/report',
      '/api/affiliate/orgs/{orgId}/stats/report',
      '/api/platform/stats/report',
    ]) {
      const params = doc.paths[path].get.parameters as { name: string; schema: { maxLength?: number } }[];
      const strings = params.filter((p) => p.name !== 'orgId' && p.schema.maxLength !== undefined);
      expect(params.find((p) => p.name === 'program')?.schema.maxLength, path).toBe(1_900);
      expect(params.find((p) => p.name === 'cursor')?.schema.maxLength, path).toBe(2_000);
      expect(strings.length, path).toBeGreaterThan(15);
    }
  });
});

describe('lifetime totals per enrollment', () => {
  beforeAll(async () => {
    await setEnrollmentTotals(db, mine, { clicks: 100, conversions: 5, earningsMinor: 2_000, currency: 'USD' });
    await setEnrollmentTotals(db, rival, { clicks: 50, conversions: 8, earningsMinor: 4_000, currency: 'USD' });
    await setEnrollmentTotals(db, theirs, { clicks: 999, conversions: 99, earningsMinor: 99_000, currency: 'USD' });
  });

  it("lists the advertiser's enrollments, sortable, paged", async () => {
    const order = async (q: string) =>
      (await call(acme.owner, 'GET', `/orgs/${acme.org.id}/stats/affiliates?${q}`)).body.items.map(
        (i: any) => i.affiliateId,
      );
    expect(await order('sort=clicks')).toEqual([mine.affiliateId, rival.affiliateId]);
    expect(await order('sort=conversions')).toEqual([rival.affiliateId, mine.affiliateId]);
    expect(await order('sort=earnings&direction=asc')).toEqual([mine.affiliateId, rival.affiliateId]);
    expect(await order('sort=epc')).toEqual([rival.affiliateId, mine.affiliateId]);
    const first = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/stats/affiliates?limit=1`);
    expect(first.body.items[0]).toEqual({
      enrollmentId: mine.enrollmentId,
      programId: mine.programId,
      affiliateId: mine.affiliateId,
      clicks: 100,
      uniqueClicks: 100,
      conversions: 5,
      earningsMinor: 2_000,
      currency: 'USD',
      epc: 20,
    });
    const second = await call(
      acme.owner,
      'GET',
      `/orgs/${acme.org.id}/stats/affiliates?limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((i: any) => i.affiliateId)).toEqual([rival.affiliateId]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("lists only the affiliate's own programs", async () => {
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/stats/programs`);
    expectStatus(res, 200);
    expect(res.body.items.map((i: any) => i.enrollmentId)).toEqual([mine.enrollmentId]);
  });
});
