import { describe, expect, test } from 'vitest';
import type { EnrollmentRoute, ProgramRoute } from '../contracts/routing';
import { firstBrokenRule, type ClickFacts } from './click-rules';

const program: ProgramRoute = {
  v: 1,
  discountInLink: false,
  programId: 'p1',
  organizationId: 'o1',
  appId: 'a1',
  status: 'active',
  landingUrl: 'https://app.example/',
  allowedDomains: ['app.example'],
  fallbackUrl: null,
  cookieDays: 30,
  clickIdParam: 'aff_click',
  referralParams: ['ref'],
  geoAllow: [],
  geoDeny: [],
  capClicksDaily: null,
  capClicksTotal: null,
};
const enrollment: EnrollmentRoute = {
  v: 1,
  couponCode: null,
  enrollmentId: 'e1',
  programId: 'p1',
  affiliateId: 'u1',
  organizationId: 'o1',
  refCode: 'c1',
  status: 'active',
};
const base: ClickFacts = { program, enrollment, country: 'US', counters: null, today: '2026-11-22' };

describe('firstBrokenRule', () => {
  test.each([
    { label: 'all good', facts: base, expected: null },
    { label: 'no program', facts: { ...base, program: null }, expected: 'unknown_code' },
    { label: 'no enrollment', facts: { ...base, enrollment: null }, expected: 'unknown_code' },
    {
      label: 'enrollment of another program',
      facts: { ...base, enrollment: { ...enrollment, programId: 'p2' } },
      expected: 'unknown_code',
    },
    {
      label: 'paused program',
      facts: { ...base, program: { ...program, status: 'paused' as const } },
      expected: 'inactive_program',
    },
    {
      label: 'suspended affiliate',
      facts: { ...base, enrollment: { ...enrollment, status: 'suspended' as const } },
      expected: 'inactive_enrollment',
    },
    {
      label: 'pending affiliate',
      facts: { ...base, enrollment: { ...enrollment, status: 'pending' as const } },
      expected: 'inactive_enrollment',
    },
    { label: 'denied country', facts: { ...base, program: { ...program, geoDeny: ['US'] } }, expected: 'geo_blocked' },
    {
      label: 'country outside the allow-list',
      facts: { ...base, program: { ...program, geoAllow: ['DE', 'FR'] } },
      expected: 'geo_blocked',
    },
    {
      label: 'country on the allow-list',
      facts: { ...base, program: { ...program, geoAllow: ['US'] } },
      expected: null,
    },
    {
      label: 'unknown country with an allow-list',
      facts: { ...base, country: null, program: { ...program, geoAllow: ['US'] } },
      expected: 'geo_blocked',
    },
    {
      label: 'daily cap reached today',
      facts: {
        ...base,
        program: { ...program, capClicksDaily: 100 },
        counters: { day: '2026-11-22', clicksToday: 100, clicksTotal: 500 },
      },
      expected: 'cap_reached',
    },
    {
      label: "yesterday's count does not cap today",
      facts: {
        ...base,
        program: { ...program, capClicksDaily: 100 },
        counters: { day: '2026-11-21', clicksToday: 100, clicksTotal: 500 },
      },
      expected: null,
    },
    {
      label: 'under the daily cap',
      facts: {
        ...base,
        program: { ...program, capClicksDaily: 100 },
        counters: { day: '2026-11-22', clicksToday: 99, clicksTotal: 500 },
      },
      expected: null,
    },
    {
      label: 'total cap reached',
      facts: {
        ...base,
        program: { ...program, capClicksTotal: 500 },
        counters: { day: '2026-11-22', clicksToday: 1, clicksTotal: 500 },
      },
      expected: 'cap_reached',
    },
    {
      label: 'a preview is seen anywhere: no geo rule',
      facts: { ...base, country: 'anywhere' as const, program: { ...program, geoAllow: ['DE'], geoDeny: ['US'] } },
      expected: null,
    },
    {
      label: 'a preview still obeys the program status',
      facts: { ...base, country: 'anywhere' as const, program: { ...program, status: 'paused' as const } },
      expected: 'inactive_program',
    },
    {
      label: 'status is checked before geo',
      facts: { ...base, program: { ...program, status: 'paused' as const, geoDeny: ['US'] } },
      expected: 'inactive_program',
    },
  ])('$label → $expected', ({ facts, expected }) => expect(firstBrokenRule(facts)).toBe(expected));
});
