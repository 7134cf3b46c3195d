import { describe, expect, test } from 'vitest';
import { CommissionStatus } from '../../schema/enums';
import { ConflictError } from '../errors/app-error';
import {
  assertCommissionTransition,
  COMMISSION_TRANSITIONS,
  canChangeCommissionStatus,
  isCommissionPaidOut,
  isCommissionUnpaid,
  LIVE_COMMISSION_STATUSES,
  PAID_OUT_COMMISSION_STATUSES,
  UNPAID_COMMISSION_STATUSES,
  statusAfterDispute,
  VOID_COMMISSION_STATUSES,
} from './commission-status';

const allowed = [
  ['pending', 'approved'],
  ['pending', 'rejected'],
  ['pending', 'reversed'],
  ['pending', 'disputed'],
  ['approved', 'in_payout'],
  ['approved', 'disputed'],
  ['disputed', 'pending'],
  ['disputed', 'approved'],
  ['disputed', 'rejected'],
  ['disputed', 'reversed'],
  ['approved', 'rejected'],
  ['approved', 'reversed'],
  ['in_payout', 'paid'],
  ['in_payout', 'approved'],
  ['paid', 'approved'],
] as const;

describe('commission status transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => {
    expect(canChangeCommissionStatus(from, to)).toBe(true);
    expect(() => assertCommissionTransition(from, to)).not.toThrow();
  });

  // Every other pair, generated, so a transition added by mistake (or a new status) fails here.
  const refused = CommissionStatus.flatMap((from) => CommissionStatus.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.some(([f, t]) => f === from && t === to),
  );
  test.each(refused)('%s → %s is refused', (from, to) => {
    expect(canChangeCommissionStatus(from, to)).toBe(false);
    expect(() => assertCommissionTransition(from, to)).toThrow(ConflictError);
  });

  test.each(['rejected', 'reversed'] as const)('%s is final', (status) =>
    expect(COMMISSION_TRANSITIONS[status]).toEqual([]),
  );
  test('only a won dispute returns a line to pending', () =>
    expect(CommissionStatus.filter((s) => canChangeCommissionStatus(s, 'pending'))).toEqual(['disputed']));
  test.each([
    { label: 'an approved line goes back to approved', approvedAt: new Date(), expected: 'approved' },
    { label: 'a line still in its hold goes back to pending', approvedAt: null, expected: 'pending' },
  ])('after a won dispute, $label', ({ approvedAt, expected }) =>
    expect(statusAfterDispute({ approvedAt })).toBe(expected),
  );
});

describe('commission status groups', () => {
  test('unpaid lines are exactly the ones that can be voided', () => {
    const voidable = CommissionStatus.filter(
      (s) => canChangeCommissionStatus(s, 'rejected') && canChangeCommissionStatus(s, 'reversed'),
    );
    expect([...UNPAID_COMMISSION_STATUSES]).toEqual(voidable);
  });

  test('void statuses are exactly the final ones', () =>
    expect([...VOID_COMMISSION_STATUSES]).toEqual(
      CommissionStatus.filter((s) => COMMISSION_TRANSITIONS[s].length === 0),
    ));

  test('live = unpaid + paid out, and every status is live or final', () => {
    expect([...LIVE_COMMISSION_STATUSES].sort()).toEqual(['approved', 'disputed', 'in_payout', 'paid', 'pending']);
    for (const s of CommissionStatus)
      expect((LIVE_COMMISSION_STATUSES as readonly string[]).includes(s)).toBe(COMMISSION_TRANSITIONS[s].length > 0);
  });

  test.each(CommissionStatus)('%s', (status) => {
    expect(isCommissionUnpaid(status)).toBe((UNPAID_COMMISSION_STATUSES as readonly string[]).includes(status));
    expect(isCommissionPaidOut(status)).toBe((PAID_OUT_COMMISSION_STATUSES as readonly string[]).includes(status));
  });
});
