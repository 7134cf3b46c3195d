import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let admin: TestSession;
useTwoAdvertisers((t) => ({ db, acme } = t));
beforeAll(async () => {
  admin = await createStaff(db, 'platform_admin');
});

// Issue 25, item 5: a number outside its range is refused with 400 validation_failed, field by field, never
// clamped, rounded or stored. Each row: the field, the values refused; the valid edges are accepted by the
// tests of each area.
const percent = [-1, 10_001, 12.5];
const amount = [-1, 1.5];
const holdDays = [-1, 3_651, 2.5];
const cap = [-1, 2_147_483_648, 0.5];

const programFields: [string, number[]][] = [
  ['commissionRateBps', percent],
  ['commissionFixedMinor', amount],
  ['revenueMinor', amount],
  ['recurringRateBps', percent],
  ['recurringMonths', [0, 1_201, 1.5]],
  ['holdDays', holdDays],
  ['cancelVoidsWithinDays', [0, 3_651]],
  ['cookieDays', holdDays],
  ['capClicksDaily', cap],
  ['capClicksTotal', cap],
  ['capConversionsDaily', cap],
  ['capConversionsTotal', cap],
  ['payoutMinMinor', amount],
  ['fraudMaxConversionsPerIpHour', [0, 1_000_001, -5]],
  ['fraudMinSecondsAfterClick', [-1, 86_401]],
];
const programBody = () => ({
  appId: acme.app.id,
  name: 'Bounds',
  payoutModel: 'revshare',
  commissionType: 'hybrid',
  commissionRateBps: 1000,
  commissionFixedMinor: 500,
  recurringMode: 'months',
  recurringMonths: 12,
  currency: 'USD',
  landingUrl: 'https://app.example/',
});

const refused = async (session: TestSession, method: string, path: string, body: unknown, field: string) => {
  const res = await call(session, method, path, body);
  expectStatus(res, 400, 'validation_failed');
  expect(JSON.stringify(res.body.error), `${method} ${path} ${field}`).toContain(field);
};

describe('programs', () => {
  it.each(programFields)('POST refuses %s out of range', async (field, values) => {
    for (const value of values)
      await refused(acme.owner, 'POST', `/orgs/${acme.org.id}/programs`, { ...programBody(), [field]: value }, field);
  });

  it.each(programFields)('PATCH refuses %s out of range and leaves the program as it was', async (field, values) => {
    const before = await db.select().from(s.programs).where(eq(s.programs.id, acme.program.id));
    for (const value of values)
      await refused(acme.owner, 'PATCH', `/orgs/${acme.org.id}/programs/${acme.program.id}`, { [field]: value }, field);
    expect(await db.select().from(s.programs).where(eq(s.programs.id, acme.program.id))).toEqual(before);
  });

  it('refuses an upline level rate out of range', async () => {
    for (const value of percent)
      await refused(
        acme.owner,
        'POST',
        `/orgs/${acme.org.id}/programs`,
        { ...programBody(), multiLevelRatesBps: [500, value] },
        'multiLevelRatesBps',
      );
  });
});

describe('registration (invite) links', () => {
  it.each([
    ['rateOverrideBps', [-300, -1, 10_001, 0.5]],
    ['holdDaysOverride', holdDays],
    ['maxUses', [0, -1, 1_000_001, 1.5]],
  ] as const)('refuses %s out of range and creates no link', async (field, values) => {
    for (const value of values)
      await refused(
        acme.owner,
        'POST',
        `/orgs/${acme.org.id}/registration-links`,
        { label: 'Bounds', [field]: value },
        field,
      );
    const rows = await db.select().from(s.registrationLinks).where(eq(s.registrationLinks.label, 'Bounds'));
    expect(rows).toEqual([]);
  });
});

describe('enrollment overrides', () => {
  it.each([
    ['rateOverrideBps', percent],
    ['fixedOverrideMinor', amount],
    ['holdDaysOverride', holdDays],
  ] as const)('refuses %s out of range', async (field, values) => {
    for (const value of values)
      await refused(
        acme.owner,
        'PATCH',
        `/orgs/${acme.org.id}/enrollments/${acme.enrollment.id}`,
        { [field]: value },
        field,
      );
    const [row] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, acme.enrollment.id));
    expect(row).toMatchObject({ rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null });
  });
});

describe('creatives', () => {
  it.each(['width', 'height'])('refuses a banner %s out of range', async (field) => {
    const banner = {
      kind: 'banner',
      name: 'Bounds',
      imageUrl: 'https://cdn.example/728x90.png',
      width: 728,
      height: 90,
    };
    for (const value of [0, -90, 10_001, 1.5])
      await refused(
        acme.owner,
        'POST',
        `/orgs/${acme.org.id}/programs/${acme.program.id}/creatives`,
        { ...banner, [field]: value },
        field,
      );
  });
});

describe('platform settings', () => {
  it('refuses a payout minimum that is negative or fractional', async () => {
    for (const minMinor of amount)
      await refused(admin, 'PUT', '/platform/payout-minimums', { items: [{ currency: 'USD', minMinor }] }, 'minMinor');
  });

  it.each([
    ['monthlyPriceMinor', amount],
    ['yearlyPriceMinor', amount],
    ['maxClicksMonthly', [-1, 0.5]],
    ['maxPrograms', cap],
    ['maxAffiliates', cap],
    ['customDomains', cap],
  ] as const)('refuses a plan whose %s is out of range', async (field, values) => {
    const owner = await createStaff(db, 'platform_owner');
    for (const value of values)
      await refused(
        owner,
        'POST',
        '/platform/plans',
        {
          code: `bounds-${field.toLowerCase()}`,
          name: 'Bounds',
          monthlyPriceMinor: 1000,
          currency: 'USD',
          maxClicksMonthly: null,
          maxPrograms: null,
          maxAffiliates: null,
          customDomains: null,
          whiteLabel: true,
          [field]: value,
        },
        field,
      );
  });
});
