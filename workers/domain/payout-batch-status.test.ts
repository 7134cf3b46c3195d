import { describe, expect, test } from 'vitest';
import { PayoutBatchStatus } from '../../schema/enums';
import { ConflictError } from '../errors/app-error';
import {
  assertPayoutBatchTransition,
  canChangePayoutBatchStatus,
  hasPayoutBatchReachedPaypal,
  isPayoutBatchEditable,
  isPayoutBatchSending,
  PAYOUT_BATCH_TRANSITIONS,
} from './payout-batch-status';

const allowed = [
  ['proposed', 'approved'],
  ['proposed', 'canceled'],
  ['approved', 'sending'],
  ['approved', 'canceled'],
  ['sending', 'sent'],
  ['sending', 'failed'],
  ['sent', 'completed'],
] as const;

describe('payout batch status transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => {
    expect(canChangePayoutBatchStatus(from, to)).toBe(true);
    expect(() => assertPayoutBatchTransition(from, to)).not.toThrow();
  });

  // Every other pair, generated, so a transition added by mistake (or a new status) fails here.
  const refused = PayoutBatchStatus.flatMap((from) => PayoutBatchStatus.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.some(([f, t]) => f === from && t === to),
  );
  test.each(refused)('%s → %s is refused', (from, to) => {
    expect(canChangePayoutBatchStatus(from, to)).toBe(false);
    expect(() => assertPayoutBatchTransition(from, to)).toThrow(ConflictError);
  });

  test('a refusal carries the caller’s message', () =>
    expect(() => assertPayoutBatchTransition('sent', 'canceled', 'Only a proposed or approved batch')).toThrow(
      'Only a proposed or approved batch',
    ));

  test.each(['completed', 'failed', 'canceled'] as const)('%s is final', (status) =>
    expect(PAYOUT_BATCH_TRANSITIONS[status]).toEqual([]),
  );
  test('only a batch that never reached PayPal can be canceled', () =>
    expect(PayoutBatchStatus.filter((s) => canChangePayoutBatchStatus(s, 'canceled'))).toEqual([
      'proposed',
      'approved',
    ]));
});

describe('payout batch status predicates', () => {
  test.each(PayoutBatchStatus)('%s', (status) => {
    expect(isPayoutBatchEditable(status)).toBe(status === 'proposed');
    expect(isPayoutBatchSending(status)).toBe(status === 'sending');
    expect(hasPayoutBatchReachedPaypal(status)).toBe(
      status !== 'proposed' && status !== 'approved' && status !== 'canceled',
    );
  });
});
