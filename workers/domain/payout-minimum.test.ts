import { describe, expect, test } from 'vitest';
import { payoutMinimumProblem, programMinimumFor } from './payout-minimum';

describe('payoutMinimumProblem', () => {
  test.each([
    { label: 'USD cents', currency: 'USD', min: 10_050, ok: true },
    { label: 'JPY has no decimals: any whole yen', currency: 'JPY', min: 15_001, ok: true },
    { label: 'HUF: whole forints (2 ISO decimals)', currency: 'HUF', min: 3_500_000, ok: true },
    { label: 'HUF: fillér refused', currency: 'HUF', min: 3_500_050, ok: false },
    { label: 'TWD: whole dollars', currency: 'TWD', min: 320_000, ok: true },
    { label: 'TWD: cents refused', currency: 'TWD', min: 320_001, ok: false },
    { label: 'KWD has 3 decimals, any fils', currency: 'KWD', min: 30_125, ok: true },
    { label: 'zero is allowed', currency: 'EUR', min: 0, ok: true },
    { label: 'negative', currency: 'EUR', min: -1, ok: false },
    { label: 'fractional', currency: 'EUR', min: 1.5, ok: false },
  ])('$label', ({ currency, min, ok }) => {
    expect(payoutMinimumProblem(currency, min) === null).toBe(ok);
  });
});

describe('programMinimumFor', () => {
  test.each([
    {
      label: 'override in the line currency',
      program: { currency: 'USD', payoutMinMinor: 25_000 },
      line: 'USD',
      expected: 25_000,
    },
    { label: 'no override', program: { currency: 'USD', payoutMinMinor: null }, line: 'USD', expected: 0 },
    {
      label: 'an override in USD says nothing about JPY lines',
      program: { currency: 'USD', payoutMinMinor: 25_000 },
      line: 'JPY',
      expected: 0,
    },
  ])('$label', ({ program, line, expected }) => expect(programMinimumFor(program, line)).toBe(expected));
});
