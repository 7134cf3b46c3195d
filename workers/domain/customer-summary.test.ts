import { describe, expect, test } from 'vitest';
import { type CustomerDispute, type CustomerEvent, summarizeCustomer } from './customer-summary';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
let seq = 0;
const ev = (
  type: CustomerEvent['type'],
  n: number,
  amountMinor = 0,
  currency: string | null = amountMinor ? 'USD' : null,
  parentId: string | null = null,
  id = `e${String(seq++).padStart(3, '0')}`,
): CustomerEvent => ({ id, type, occurredAt: day(n), amountMinor, currency, parentId });
const dispute = (conversionId: string, status: CustomerDispute['status'], n: number): CustomerDispute => ({
  conversionId,
  status,
  openedAt: day(n),
});
const usd = (amountMinor: number) => ({ currency: 'USD', amountMinor });

const sale = ev('sale', 0, 10_000, 'USD', null, 'sale');
const rebill = ev('rebill', 30, 12_000, 'USD', null, 'rebill');

describe('summarizeCustomer', () => {
  test.each([
    {
      label: 'only a lead: nothing charged yet',
      events: [ev('lead', 0)],
      disputes: [],
      want: { state: 'lead', firstSaleAt: null, mrr: null, ltv: [], churnedAt: null },
    },
    {
      label: 'a sale: active, MRR is the sale',
      events: [sale],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(10_000), ltv: [usd(10_000)], churnedAt: null },
    },
    {
      label: 'a rebill: MRR is the latest charge, LTV the sum',
      events: [rebill, sale],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(12_000), ltv: [usd(22_000)], churnedAt: null },
    },
    {
      label: 'a first payment after a trial arrives as a rebill: it is the first sale',
      events: [ev('lead', 0), ev('rebill', 14, 5_000)],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(14), mrr: usd(5_000), ltv: [usd(5_000)], churnedAt: null },
    },
    {
      label: 'a partial refund lowers LTV and keeps the customer active',
      events: [sale, ev('refund', 3, 2_500, 'USD', 'sale')],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(10_000), ltv: [usd(7_500)], churnedAt: null },
    },
    {
      label: 'partial refunds that add up to every charge: refunded on the last one',
      events: [sale, ev('refund', 3, 4_000, 'USD', 'sale'), ev('refund', 5, 6_000, 'USD', 'sale')],
      disputes: [],
      want: { state: 'refunded', firstSaleAt: day(0), mrr: null, ltv: [usd(0)], churnedAt: day(5) },
    },
    {
      label: 'a refund without an amount takes what its charge had left',
      events: [sale, ev('refund', 2, 3_000, 'USD', 'sale'), ev('refund', 4, 0, null, 'sale')],
      disputes: [],
      want: { state: 'refunded', firstSaleAt: day(0), mrr: null, ltv: [usd(0)], churnedAt: day(4) },
    },
    {
      label: 'a refund of the sale only, the rebill kept: still active',
      events: [sale, rebill, ev('refund', 31, 0, null, 'sale')],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(12_000), ltv: [usd(12_000)], churnedAt: null },
    },
    {
      label: 'a cancel after the sale: cancelled, LTV kept, no MRR',
      events: [sale, rebill, ev('cancel', 40)],
      disputes: [],
      want: { state: 'cancelled', firstSaleAt: day(0), mrr: null, ltv: [usd(22_000)], churnedAt: day(40) },
    },
    {
      label: 'a sale after a cancel is a new subscription: active again',
      events: [sale, ev('cancel', 10), ev('sale', 20, 9_000)],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(9_000), ltv: [usd(19_000)], churnedAt: null },
    },
    {
      label: 'a rebill after a cancel does not reopen it',
      events: [sale, ev('cancel', 10), ev('rebill', 30, 10_000)],
      disputes: [],
      want: { state: 'cancelled', firstSaleAt: day(0), mrr: null, ltv: [usd(20_000)], churnedAt: day(10) },
    },
    {
      label: 'an open dispute wins over everything else',
      events: [sale, rebill, ev('cancel', 40)],
      disputes: [dispute('rebill', 'open', 35)],
      want: { state: 'disputed', firstSaleAt: day(0), mrr: null, ltv: [usd(22_000)], churnedAt: day(35) },
    },
    {
      label: 'a lost dispute stays disputed (its refund lowers LTV)',
      events: [sale, ev('refund', 9, 10_000, 'USD', 'sale')],
      disputes: [dispute('sale', 'lost', 8)],
      want: { state: 'disputed', firstSaleAt: day(0), mrr: null, ltv: [usd(0)], churnedAt: day(8) },
    },
    {
      label: 'a won dispute changes nothing',
      events: [sale],
      disputes: [dispute('sale', 'won', 8)],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(10_000), ltv: [usd(10_000)], churnedAt: null },
    },
    {
      label: 'a dispute of another customer’s charge is not this one’s',
      events: [sale],
      disputes: [dispute('elsewhere', 'open', 8)],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(10_000), ltv: [usd(10_000)], churnedAt: null },
    },
    {
      label: 'two currencies: LTV per currency, refunded only when both are',
      events: [sale, ev('sale', 1, 5_000, 'EUR', null, 'eur'), ev('refund', 2, 10_000, 'USD', 'sale')],
      disputes: [],
      want: {
        state: 'active',
        firstSaleAt: day(0),
        mrr: { currency: 'EUR', amountMinor: 5_000 },
        ltv: [
          { currency: 'EUR', amountMinor: 5_000 },
          { currency: 'USD', amountMinor: 0 },
        ],
        churnedAt: null,
      },
    },
    {
      label: 'events on the same instant keep the order they were recorded in (id)',
      events: [ev('sale', 50, 7_000, 'USD', null, 'z-sale'), sale, ev('cancel', 50, 0, null, null, 'a-cancel')],
      disputes: [],
      want: { state: 'active', firstSaleAt: day(0), mrr: usd(7_000), ltv: [usd(17_000)], churnedAt: null },
    },
  ])('$label', ({ events, disputes, want }) => {
    expect(summarizeCustomer({ events, disputes })).toEqual(want);
  });

  test('a zero-amount sale counts as a charge of nothing', () => {
    const free = ev('sale', 0, 0, 'USD');
    expect(summarizeCustomer({ events: [free], disputes: [] })).toMatchObject({ state: 'active', mrr: usd(0) });
  });
});
