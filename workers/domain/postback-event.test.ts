import { describe, expect, it } from 'vitest';
import { conversionEvent } from '../contracts/conversion-event';
import { mapPostback } from './postback-event';

const cid = '01963a4e-8f2b-7c3d-9e4f-0a1b2c3d4e5f';

describe('mapPostback', () => {
  it.each([
    {
      label: 'a sale with revenue and payout in the program currency',
      query: { cid, status: 'sale' as const, revenue: '49.00', payout: '12.50' },
      value: {
        event: { event_id: `postback:${cid}:sale`, type: 'sale', click_id: cid, amount: 4900, currency: 'USD' },
        declaredPayoutMinor: 1250,
      },
    },
    {
      label: 'a lead without amounts',
      query: { cid, status: 'lead' as const },
      value: { event: { event_id: `postback:${cid}:lead`, type: 'lead', click_id: cid } },
    },
    {
      label: 'a cancel names the click and carries no money, whatever amounts come with it',
      query: { cid, status: 'cancel' as const, revenue: '49.00', payout: '12.50' },
      value: { event: { event_id: `postback:${cid}:cancel`, type: 'cancel', click_id: cid } },
    },
    {
      label: 'a lead with a declared payout only',
      query: { cid, status: 'lead' as const, payout: '2' },
      value: { event: { event_id: `postback:${cid}:lead`, type: 'lead', click_id: cid }, declaredPayoutMinor: 200 },
    },
    {
      label: 'a sale without revenue: amount 0 in the program currency',
      query: { cid, status: 'sale' as const, payout: '5.00' },
      value: {
        event: { event_id: `postback:${cid}:sale`, type: 'sale', click_id: cid, amount: 0, currency: 'USD' },
        declaredPayoutMinor: 500,
      },
    },
    {
      label: 'the caller’s event id and a currency of its own',
      query: { cid, status: 'sale' as const, revenue: '1500', currency: 'JPY', event_id: 'order-77' },
      value: { event: { event_id: 'order-77', type: 'sale', click_id: cid, amount: 1500, currency: 'JPY' } },
    },
    {
      label: 'three decimals in a three-decimal currency',
      query: { cid, status: 'sale' as const, revenue: '1.250', currency: 'KWD' },
      value: {
        event: { event_id: `postback:${cid}:sale`, type: 'sale', click_id: cid, amount: 1250, currency: 'KWD' },
      },
    },
  ])('$label', ({ query, value }) => {
    const mapped = mapPostback(query, 'USD');
    expect(mapped).toEqual({ ok: true, value });
    if (mapped.ok) expect(conversionEvent.parse(mapped.value.event)).toEqual(mapped.value.event);
  });

  it.each([
    { label: 'more decimals than the currency has', query: { revenue: '12.505' }, path: 'revenue' },
    { label: 'decimals in yen', query: { revenue: '100.5', currency: 'JPY' }, path: 'revenue' },
    { label: 'a negative payout', query: { payout: '-1.00' }, path: 'payout' },
    { label: 'an exponent', query: { payout: '1e2' }, path: 'payout' },
    { label: 'a comma', query: { revenue: '12,50' }, path: 'revenue' },
  ])('refuses $label, naming the field', ({ query, path }) => {
    const mapped = mapPostback({ cid, status: 'sale', ...query }, 'USD');
    expect(mapped.ok).toBe(false);
    if (!mapped.ok) expect(mapped.issues.map((i) => i.path)).toEqual([path]);
  });
});
