import { describe, expect, it } from 'vitest';
import { normalizeDecimal, payoutItemDifferences, type RecordedPayoutItem } from './payout-reconciliation';

const recorded: RecordedPayoutItem = {
  status: 'success',
  amountValue: '150.00',
  currency: 'USD',
  receiverEmail: 'Payee@Example.com',
  transactionId: 'TX1',
};

describe('payoutItemDifferences', () => {
  it('matches a report that says the same in PayPal’s spelling', () => {
    expect(
      payoutItemDifferences(recorded, {
        transactionStatus: 'SUCCESS',
        amountValue: '150.0',
        currency: 'usd',
        receiver: 'payee@example.com',
        transactionId: 'TX1',
      }),
    ).toEqual([]);
  });

  it('lists every field that disagrees', () => {
    expect(
      payoutItemDifferences(recorded, {
        transactionStatus: 'RETURNED',
        amountValue: '151.00',
        currency: 'EUR',
        receiver: 'someone@example.com',
        transactionId: 'TX2',
      }),
    ).toEqual(['status', 'amount', 'currency', 'receiver', 'transaction']);
  });

  it('ignores what PayPal left out of its report', () => {
    const unclaimed = { ...recorded, status: 'unclaimed', transactionId: null };
    expect(
      payoutItemDifferences(unclaimed, {
        transactionStatus: 'UNCLAIMED',
        amountValue: null,
        currency: null,
        receiver: null,
        transactionId: null,
      }),
    ).toEqual([]);
  });
});

describe('normalizeDecimal', () => {
  it('spells each value one way', () => {
    expect(['150.00', '0150', '150.', '1.500', '0.50', '0'].map(normalizeDecimal)).toEqual([
      '150',
      '150',
      '150',
      '1.5',
      '0.5',
      '0',
    ]);
  });
});
