import { describe, expect, it } from 'vitest';
import { parseVatId, reverseChargeApplies } from './vat-id';

describe('parseVatId', () => {
  it.each([
    ['DE123456789', { countryCode: 'DE', number: '123456789' }],
    ['de 123 456 789', { countryCode: 'DE', number: '123456789' }],
    ['GR123456789', { countryCode: 'EL', number: '123456789' }],
    ['NL123456789B01', { countryCode: 'NL', number: '123456789B01' }],
    ['ATU12345678', { countryCode: 'AT', number: 'U12345678' }],
    ['DE12345678', null],
    ['US123456789', null],
    ['', null],
  ] as const)('%s', (raw, parsed) => {
    expect(parseVatId(raw)).toEqual(parsed);
  });
});

describe('reverseChargeApplies', () => {
  it.each([
    ['DE', 'FR', true],
    ['EL', 'DE', true],
    ['DE', 'DE', false],
    ['EL', 'GR', false],
    ['DE', 'US', false],
    ['DE', null, false],
    ['DE', 'GB', false],
  ] as const)('supplier %s, customer %s → %s', (supplier, customer, applies) => {
    expect(reverseChargeApplies(supplier, customer)).toBe(applies);
  });
});
