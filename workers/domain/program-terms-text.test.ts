import { describe, expect, test } from 'vitest';
import { effectiveTerms, type TermsProgram } from './commission-terms';
import { programTermsText } from './program-terms-text';

const program: TermsProgram = {
  id: '00000000-0000-7000-8000-000000000001',
  version: 1,
  payoutModel: 'cps',
  commissionType: 'percent',
  commissionRateBps: 3000,
  commissionFixedMinor: null,
  currency: 'USD',
  recurringMode: 'lifetime',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [1000, 300],
  holdDays: 30,
};
const none = { rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null };
const facts = { cookieDays: 60, attributionRule: 'last_click' as const };
const text = (p: Partial<TermsProgram>, locale: 'en' | 'ru' = 'en') =>
  programTermsText(effectiveTerms({ ...program, ...p }, none), facts, locale);
// Intl puts a narrow no-break space in "30 %" in Russian; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('programTermsText', () => {
  test('every term, the headline first', () => {
    expect(text({}).lines).toEqual([
      '30% per conversion',
      '30% of every renewal, for the customer’s lifetime',
      'A click is credited for 60 days; the last click before a sale wins',
      'Commissions are held 30 days for refunds, then approved',
      'Recruit affiliates and earn 10% / 3% of what they earn',
    ]);
  });

  test.each([
    [
      'fixed',
      { commissionType: 'fixed' as const, commissionFixedMinor: 2500, recurringMode: 'none' as const },
      '$25.00 per conversion',
      'Renewals earn nothing',
    ],
    [
      'hybrid',
      {
        commissionType: 'hybrid' as const,
        commissionRateBps: 1000,
        commissionFixedMinor: 200,
        recurringMode: 'months' as const,
        recurringMonths: 12,
        recurringRateBps: 2000,
      },
      '10% + $2.00 per conversion',
      '20% of renewals for 12 months',
    ],
    [
      'one month',
      { recurringMode: 'months' as const, recurringMonths: 1 },
      '30% per conversion',
      '30% of renewals for 1 month',
    ],
  ])('%s', (_label, p, headline, rebills) => {
    const lines = text(p).lines;
    expect(lines[0]).toBe(headline);
    expect(lines[1]).toBe(rebills);
  });

  test.each([
    ['lifetime', {}, '30% per conversion and 30% of every renewal, for the customer’s lifetime'],
    [
      'months at their own rate',
      { recurringMode: 'months' as const, recurringMonths: 12, recurringRateBps: 2000 },
      '30% per conversion and 20% of renewals for 12 months',
    ],
    ['one payment', { recurringMode: 'none' as const }, '30% per conversion'],
    [
      'per click',
      { payoutModel: 'cpc' as const, commissionType: 'fixed' as const, commissionFixedMinor: 15 },
      '$0.15 per click',
    ],
  ])('the headline says what renewals pay: %s', (_label, p, headline) => {
    expect(text(p).commission).toBe(headline);
  });

  test('the Russian headline of a lifetime share says so', () => {
    expect(plain(text({}, 'ru').commission)).toBe('30 % за конверсию и 30 % с каждого продления, пока клиент остаётся');
  });

  test('pay per click says per click and nothing of renewals', () => {
    const lines = text({ payoutModel: 'cpc', commissionType: 'fixed', commissionFixedMinor: 15 }).lines;
    expect(lines[0]).toBe('$0.15 per click');
    expect(lines.join(' ')).not.toContain('renewal');
  });

  test('no upline rates, no upline line', () => {
    expect(text({ multiLevelRatesBps: [] }).lines).toHaveLength(4);
  });

  test('Russian, with its plurals', () => {
    const lines = text({ recurringMode: 'months', recurringMonths: 5, holdDays: 21 }, 'ru').lines.map(plain);
    expect(lines[0]).toBe('30 % за конверсию');
    expect(lines[1]).toBe('30 % с продлений в течение 5 месяцев');
    expect(lines[2]).toBe('Клик засчитывается 60 дней; продажу получает последний клик');
    expect(lines[3]).toBe('Комиссия удерживается 21 день на возвраты, затем одобряется');
  });
});
