import { describe, expect, it } from 'vitest';
import { parseMajorUnits } from './major-units';

describe('parseMajorUnits', () => {
  it.each([
    { label: 'dollars and cents', text: '12.50', decimals: 2, minor: 1250 },
    { label: 'one decimal is padded', text: '12.5', decimals: 2, minor: 1250 },
    { label: 'a whole amount', text: '12', decimals: 2, minor: 1200 },
    { label: 'zero', text: '0', decimals: 2, minor: 0 },
    { label: '0.29 is exactly 29 (a float would give 28.999…)', text: '0.29', decimals: 2, minor: 29 },
    { label: '1.005 in a 3-decimal currency', text: '1.005', decimals: 3, minor: 1005 },
    { label: 'yen have no decimals', text: '1500', decimals: 0, minor: 1500 },
    { label: 'leading zeros', text: '007.10', decimals: 2, minor: 710 },
    { label: 'the largest amount', text: '10000000000.00', decimals: 2, minor: 1_000_000_000_000 },
  ])('$label: $text → $minor', ({ text, decimals, minor }) => {
    expect(parseMajorUnits(text, decimals)).toEqual({ ok: true, minor });
  });

  it.each([
    { label: 'more decimals than the currency has', text: '12.505', decimals: 2 },
    { label: 'any decimals in a zero-decimal currency', text: '1500.0', decimals: 0 },
    { label: 'a negative amount', text: '-1.00', decimals: 2 },
    { label: 'a plus sign', text: '+1.00', decimals: 2 },
    { label: 'an exponent', text: '1e3', decimals: 2 },
    { label: 'a comma as decimal separator', text: '12,50', decimals: 2 },
    { label: 'a thousands separator', text: '1,000.00', decimals: 2 },
    { label: 'a leading dot', text: '.5', decimals: 2 },
    { label: 'a trailing dot', text: '5.', decimals: 2 },
    { label: 'spaces', text: ' 5.00', decimals: 2 },
    { label: 'an empty string', text: '', decimals: 2 },
    { label: 'a word', text: 'NaN', decimals: 2 },
    { label: 'Infinity', text: 'Infinity', decimals: 2 },
    { label: 'hex', text: '0x10', decimals: 2 },
    { label: 'beyond the largest amount', text: '10000000000.01', decimals: 2 },
    { label: 'sixteen digits', text: '1234567890123456', decimals: 0 },
  ])('refuses $label ($text)', ({ text, decimals }) => {
    expect(parseMajorUnits(text, decimals).ok).toBe(false);
  });
});
