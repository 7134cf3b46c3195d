import { describe, expect, it } from 'vitest';
import { form1099Rule, form1099RuleText, form1099Threshold, isReportable } from './form-1099';

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
});
