import { describe, expect, test } from 'vitest';
import { ConversionStatus } from '../../schema/enums';
import { ConflictError } from '../errors/app-error';
import {
  assertConversionTransition,
  CONVERSION_TRANSITIONS,
  canChangeConversionStatus,
  HELD_CONVERSION_STATUSES,
  isConversionPending,
  isConversionRejected,
  isConversionUnderReview,
  isConversionVoid,
  VOID_CONVERSION_STATUSES,
} from './conversion-status';

const allowed = [
  ['pending', 'flagged'],
  ['pending', 'rejected'],
  ['pending', 'reversed'],
  ['flagged', 'approved'],
  ['flagged', 'rejected'],
  ['flagged', 'reversed'],
  ['approved', 'rejected'],
  ['approved', 'reversed'],
  ['rejected', 'reversed'],
] as const;

describe('conversion status transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => {
    expect(canChangeConversionStatus(from, to)).toBe(true);
    expect(() => assertConversionTransition(from, to)).not.toThrow();
  });

  // Every other pair, generated, so a transition added by mistake (or a new status) fails here.
  const refused = ConversionStatus.flatMap((from) => ConversionStatus.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.some(([f, t]) => f === from && t === to),
  );
  test.each(refused)('%s → %s is refused', (from, to) => {
    expect(canChangeConversionStatus(from, to)).toBe(false);
    expect(() => assertConversionTransition(from, to)).toThrow(ConflictError);
  });

  test('a refusal carries the caller’s message', () =>
    expect(() => assertConversionTransition('reversed', 'rejected', 'The conversion is already reversed')).toThrow(
      'The conversion is already reversed',
    ));

  test('reversed is final', () => expect(CONVERSION_TRANSITIONS.reversed).toEqual([]));
  test('only a reviewer approves, and only a flagged conversion', () =>
    expect(ConversionStatus.filter((s) => canChangeConversionStatus(s, 'approved'))).toEqual(['flagged']));
  test('nothing returns to pending', () =>
    expect(ConversionStatus.some((s) => canChangeConversionStatus(s, 'pending'))).toBe(false));
});

describe('conversion status predicates', () => {
  test.each(ConversionStatus)('%s', (status) => {
    expect(isConversionVoid(status)).toBe(status === 'rejected' || status === 'reversed');
    expect(isConversionUnderReview(status)).toBe(status === 'flagged');
    expect(isConversionRejected(status)).toBe(status === 'rejected');
    expect(isConversionPending(status)).toBe(status === 'pending');
  });

  test('a void conversion can no longer be rejected; any other can', () =>
    expect(ConversionStatus.filter((s) => !canChangeConversionStatus(s, 'rejected'))).toEqual([
      ...VOID_CONVERSION_STATUSES,
    ]));
  test('the hold release waits on flagged and void conversions', () =>
    expect([...HELD_CONVERSION_STATUSES].sort()).toEqual(['flagged', 'rejected', 'reversed']));
});
