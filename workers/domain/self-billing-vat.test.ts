import { describe, expect, test } from 'vitest';
import { selfBillingVat } from './self-billing-vat';
import { standardVatRateBps } from './vat-rates';

const on = new Date('2026-03-04T05:06:07Z');

describe('self-billing VAT', () => {
  test.each([
    // Same member state: VAT at its standard rate, included in what was paid.
    { supplier: 'DE', customer: 'DE', total: 11_900, treatment: 'domestic', rate: 1900, net: 10_000, vat: 1900 },
    { supplier: 'FR', customer: 'FR', total: 12_345, treatment: 'domestic', rate: 2000, net: 10_287, vat: 2058 },
    { supplier: 'EL', customer: 'GR', total: 1240, treatment: 'domestic', rate: 2400, net: 1000, vat: 240 },
    { supplier: 'FI', customer: 'FI', total: 12_550, treatment: 'domestic', rate: 2550, net: 10_000, vat: 2550 },
    { supplier: 'HU', customer: 'HU', total: 1, treatment: 'domestic', rate: 2700, net: 1, vat: 0 },
    // Across member states: reverse charge, no VAT on the invoice.
    { supplier: 'FR', customer: 'DE', total: 12_345, treatment: 'reverse_charge', rate: null, net: 12_345, vat: 0 },
    // A customer outside the EU, or none on record: no EU VAT.
    { supplier: 'DE', customer: 'US', total: 5000, treatment: 'outside_scope', rate: null, net: 5000, vat: 0 },
    { supplier: 'DE', customer: null, total: 5000, treatment: 'outside_scope', rate: null, net: 5000, vat: 0 },
    { supplier: 'XI', customer: 'GB', total: 5000, treatment: 'outside_scope', rate: null, net: 5000, vat: 0 },
  ] as const)('$supplier → $customer: $treatment', ({ supplier, customer, total, treatment, rate, net, vat }) => {
    const got = selfBillingVat({
      supplierViesCode: supplier,
      customerCountry: customer,
      totalMinor: total,
      issuedAt: on,
    });
    expect(got).toMatchObject({ treatment, rateBps: rate, netMinor: net, vatMinor: vat, totalMinor: total });
    expect(got.netMinor + got.vatMinor).toBe(total);
  });

  test('the rate of the invoice’s own day', () => {
    expect(standardVatRateBps('EE', new Date('2025-06-30T23:59:59Z'))).toBe(2200);
    expect(standardVatRateBps('EE', new Date('2025-07-01T00:00:00Z'))).toBe(2400);
    expect(standardVatRateBps('SK', new Date('2024-12-31T12:00:00Z'))).toBe(2000);
    expect(standardVatRateBps('SK', on)).toBe(2300);
    expect(standardVatRateBps('RO', on)).toBe(2100);
    expect(standardVatRateBps('US', on)).toBeNull();
    const ee = selfBillingVat({ supplierViesCode: 'EE', customerCountry: 'EE', totalMinor: 12_400, issuedAt: on });
    expect(ee).toMatchObject({ rateBps: 2400, netMinor: 10_000, vatMinor: 2400 });
  });
});
