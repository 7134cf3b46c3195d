import { expect, test } from 'vitest';
import { currencyDecimals, formatMinorUnits } from './format-minor-units';

test.each([
  { label: 'cents', amount: 1500, currency: 'USD', expected: '15.00' },
  { label: 'one cent', amount: 1, currency: 'EUR', expected: '0.01' },
  { label: 'zero', amount: 0, currency: 'USD', expected: '0.00' },
  { label: 'negative (reversal)', amount: -1999, currency: 'USD', expected: '-19.99' },
  { label: 'negative below one unit', amount: -5, currency: 'USD', expected: '-0.05' },
  { label: 'JPY has no decimals', amount: 1500, currency: 'JPY', expected: '1500' },
  { label: 'KWD has three decimals', amount: 1500, currency: 'KWD', expected: '1.500' },
  { label: 'BHD fils', amount: 7, currency: 'BHD', expected: '0.007' },
  { label: 'IQD three decimals', amount: 123456, currency: 'IQD', expected: '123.456' },
  { label: 'lower-case code', amount: 250, currency: 'jpy', expected: '250' },
  {
    label: 'largest safe integer keeps every digit',
    amount: Number.MAX_SAFE_INTEGER,
    currency: 'USD',
    expected: '90071992547409.91',
  },
])('$label: $amount $currency → $expected', ({ amount, currency, expected }) =>
  expect(formatMinorUnits(amount, currency)).toBe(expected),
);

test.each([
  { currency: 'USD', decimals: 2 },
  { currency: 'JPY', decimals: 0 },
  { currency: 'OMR', decimals: 3 },
  { currency: 'JOD', decimals: 3 },
  { currency: 'TND', decimals: 3 },
  { currency: 'LYD', decimals: 3 },
])('$currency has $decimals decimals', ({ currency, decimals }) => expect(currencyDecimals(currency)).toBe(decimals));

test.each([1.5, Number.NaN, 2 ** 60])('refuses %s', (amount) =>
  expect(() => formatMinorUnits(amount, 'USD')).toThrow(RangeError),
);
