import { describe, expect, it } from 'vitest';
import { mapPaddleEvent, paddleEventEnvelope } from './paddle-event';

const click = '019a0000-0000-7000-8000-000000000001';
const envelope = (event_type: string, data: Record<string, unknown>) =>
  paddleEventEnvelope.parse({ event_id: 'evt_1', event_type, occurred_at: '2024-04-12T10:18:50.155553Z', data });
const txn = (origin: string, total: string) => ({
  id: 'txn_1',
  status: 'completed',
  customer_id: 'ctm_1',
  origin,
  currency_code: 'USD',
  custom_data: { aff_click_id: click },
  details: { totals: { total, grand_total: total } },
});
const adj = (action: string, status: string) => ({
  id: 'adj_1',
  action,
  transaction_id: 'txn_1',
  customer_id: 'ctm_1',
  status,
  currency_code: 'USD',
  totals: { total: '450' },
});

describe('mapPaddleEvent', () => {
  it.each([
    { label: 'a checkout', data: txn('web', '2900'), expected: { type: 'sale', amount: 2900, click_id: click } },
    { label: 'an API one-off', data: txn('api', '1000'), expected: { type: 'sale', amount: 1000 } },
    { label: 'a renewal', data: txn('subscription_recurring', '2900'), expected: { type: 'rebill', amount: 2900 } },
    { label: 'a trial start', data: txn('web', '0'), expected: { type: 'lead', click_id: click } },
  ])('transaction.completed: $label', ({ data, expected }) => {
    expect(mapPaddleEvent(envelope('transaction.completed', data))).toMatchObject({
      kind: 'event',
      event: { ...expected, order_id: 'txn_1', event_id: 'evt_1' },
    });
  });

  it.each([
    { action: 'refund', status: 'pending_approval', kind: 'ignored' },
    { action: 'refund', status: 'approved', kind: 'event' },
    { action: 'credit', status: 'approved', kind: 'ignored' },
    { action: 'chargeback_warning', status: 'approved', kind: 'dispute', phase: 'opened' },
    { action: 'chargeback', status: 'approved', kind: 'dispute', phase: 'lost' },
    { action: 'chargeback_reverse', status: 'approved', kind: 'dispute', phase: 'won' },
  ])('adjustment $action $status → $kind', ({ action, status, kind, phase }) => {
    const mapped = mapPaddleEvent(envelope('adjustment.updated', adj(action, status)));
    expect(mapped.kind).toBe(kind);
    if (mapped.kind === 'event')
      expect(mapped.event).toMatchObject({ type: 'refund', amount: 450, order_id: 'txn_1', event_id: 'adj_1' });
    if (mapped.kind === 'dispute') expect(mapped.dispute).toMatchObject({ phase, disputeId: 'chargeback:txn_1' });
  });

  it('refuses an amount that is not a string of minor units', () => {
    expect(() => mapPaddleEvent(envelope('transaction.completed', txn('web', '29.00')))).toThrow();
  });
});
