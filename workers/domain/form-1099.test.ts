import { describe, expect, it } from 'vitest';
import {
  form1099Rule,
  form1099RuleText,
  form1099Threshold,
  form1099ThresholdLock,
  isReportable,
  statutory1099Years,
} from './form-1099';

describe('1099-NEC threshold', () => {
  it.each([
    [2024, null, 600_00],
    [2025, 1, 600_00],
    [2026, null, 2_000_00],
    [2027, null, null],
    [2027, 2_050_00, 2_050_00],
  ] as const)('%i with staff setting %s → %s', (year, staff, threshold) => {
    expect(form1099Threshold(year, staff)).toBe(threshold);
  });
  it('reports at the threshold, not a cent below, never a zero total', () => {
    expect(isReportable(2_000_00, 2_000_00)).toBe(true);
    expect(isReportable(1_999_99, 2_000_00)).toBe(false);
    expect(isReportable(0, 0)).toBe(false);
  });
  it('states the rule it applied', () => {
    expect(form1099RuleText({ year: 2026, thresholdMinor: 2_000_00, excludedRails: ['paypal'] })).toBe(
      'Form 1099-NEC 2026: US payees with a W-9 paid at least $2000.00 in USD during 2026; payments on paypal left out (reported by the payment settlement entity on Form 1099-K)',
    );
    expect(form1099RuleText({ year: 2025, thresholdMinor: 600_00, excludedRails: [] })).toContain('no rail left out');
  });
  it('gives the rule as data, with where its threshold comes from; none for a year not set yet', () => {
    expect(form1099Rule({ year: 2026, staffSetMinor: 1, excludedRails: ['paypal'] })).toEqual({
      year: 2026,
      thresholdMinor: 2_000_00,
      currency: 'USD',
      thresholdSource: 'statute',
      requiredForm: 'w9',
      excludedRails: ['paypal'],
    });
    expect(form1099Rule({ year: 2027, staffSetMinor: 2_050_00, excludedRails: [] })).toMatchObject({
      thresholdMinor: 2_050_00,
      thresholdSource: 'platform',
    });
    expect(form1099Rule({ year: 2027, staffSetMinor: null, excludedRails: [] })).toBeNull();
  });
  it.each([
    [2025, '2027-03-01', 'statute'],
    [2026, '2026-06-01', 'statute'],
    [2027, '2026-06-01', null],
    [2027, '2027-12-31T23:59:59Z', null],
    [2027, '2028-01-01', 'year_ended'],
    [2030, '2028-01-01', null],
  ] as const)('staff setting %i on %s: locked by %s', (year, now, lock) => {
    expect(form1099ThresholdLock(year, new Date(now))).toBe(lock);
  });
  it('lists the built-in years with their amounts', () => {
    const years = statutory1099Years();
    expect(years[0]).toEqual({ year: 2020, amountMinor: 600_00 });
    expect(years.at(-1)).toEqual({ year: 2026, amountMinor: 2_000_00 });
    expect(years).toHaveLength(7);
  });
});
