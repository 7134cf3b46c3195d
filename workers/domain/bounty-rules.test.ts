import { describe, expect, test } from 'vitest';
import { BountySubmissionStatus } from '../../schema/enums';
import {
  bountyProgress,
  isBountyEvaluated,
  isBountyOpen,
  isInBountyScope,
  LATE_REPORT_GRACE_MS,
  pickWinners,
  slotsLeft,
} from './bounty-rules';
import { BountyReview, maySubmitAgain, nextSubmissionStatus } from './bounty-submission-status';

const at = (iso: string) => new Date(iso);
const window = { startsAt: at('2026-06-01T00:00:00Z'), endsAt: at('2026-07-01T00:00:00Z') };

describe('bounty dates', () => {
  test.each([
    { now: '2026-05-31T23:59:59Z', open: false, evaluated: false },
    { now: '2026-06-01T00:00:00Z', open: true, evaluated: true },
    { now: '2026-06-30T23:59:59Z', open: true, evaluated: true },
    { now: '2026-07-01T00:00:00Z', open: false, evaluated: true },
    { now: new Date(window.endsAt.getTime() + LATE_REPORT_GRACE_MS - 1).toISOString(), open: false, evaluated: true },
    { now: new Date(window.endsAt.getTime() + LATE_REPORT_GRACE_MS).toISOString(), open: false, evaluated: false },
  ])('at $now open: $open, evaluated: $evaluated', ({ now, open, evaluated }) => {
    expect(isBountyOpen(window, at(now))).toBe(open);
    expect(isBountyEvaluated(window, at(now))).toBe(evaluated);
  });
});

describe('bounty scope', () => {
  const member = { groupId: 'g1', tags: ['vip'] };
  test.each([
    { label: 'every member', scope: { groupId: null, tag: null }, in: true },
    { label: 'its group', scope: { groupId: 'g1', tag: null }, in: true },
    { label: 'another group', scope: { groupId: 'g2', tag: null }, in: false },
    { label: 'a tag it carries', scope: { groupId: null, tag: 'vip' }, in: true },
    { label: 'a tag it lacks', scope: { groupId: null, tag: 'coupon sites' }, in: false },
  ])('$label → $in', ({ scope, in: inScope }) => expect(isInBountyScope(scope, member)).toBe(inScope));
});

describe('winners', () => {
  test.each([
    { max: null, awarded: 7, left: Number.POSITIVE_INFINITY },
    { max: 3, awarded: 0, left: 3 },
    { max: 3, awarded: 3, left: 0 },
    { max: 3, awarded: 5, left: 0 },
  ])('max $max with $awarded awarded leaves $left', ({ max, awarded, left }) =>
    expect(slotsLeft(max, awarded)).toBe(left),
  );

  const c = (enrollmentId: string, iso: string) => ({ enrollmentId, crossedAt: at(iso), value: 5 });
  test('first to cross first, ties by enrollment id, awarded ones skipped, cut at the slots left', () => {
    const crossings = [
      c('e3', '2026-06-03T00:00:00Z'),
      c('e2', '2026-06-02T00:00:00Z'),
      c('e1', '2026-06-02T00:00:00Z'),
    ];
    expect(pickWinners(crossings, new Set(), 2).map((w) => w.enrollmentId)).toEqual(['e1', 'e2']);
    expect(pickWinners(crossings, new Set(['e1']), 2).map((w) => w.enrollmentId)).toEqual(['e2', 'e3']);
    expect(pickWinners(crossings, new Set(), 0)).toEqual([]);
    expect(pickWinners(crossings, new Set(), Number.POSITIVE_INFINITY)).toHaveLength(3);
  });
});

describe('progress an affiliate sees', () => {
  test.each([
    { metric: 'sales', target: 10, value: 3, seen: { value: 3, percent: 30, reached: false } },
    { metric: 'sales', target: 3, value: 2, seen: { value: 2, percent: 66, reached: false } },
    { metric: 'conversions', target: 5, value: 9, seen: { value: 9, percent: 100, reached: true } },
    // 999 of 1000 floors to 99, never a rounded 100 before it is reached.
    { metric: 'sales', target: 1000, value: 999, seen: { value: 999, percent: 99, reached: false } },
    // Revenue: the target is the bounty's term, the affiliate's sale amount never shows.
    { metric: 'sale_amount', target: 100_000, value: 25_000, seen: { value: null, percent: 25, reached: false } },
    { metric: 'sale_amount', target: 100_000, value: 250_000, seen: { value: null, percent: 100, reached: true } },
  ] as const)('$metric $value of $target', ({ metric, target, value, seen }) =>
    expect(bountyProgress(metric, target, value)).toEqual({ ...seen, target }),
  );
});

describe('submission review', () => {
  test.each(BountySubmissionStatus.flatMap((from) => BountyReview.map((review) => ({ from, review }))))(
    '$review on $from',
    ({ from, review }) =>
      expect(nextSubmissionStatus(from, review)).toBe(
        from === 'pending' ? (review === 'approve' ? 'approved' : 'rejected') : null,
      ),
  );

  test.each([
    { earlier: [], may: true },
    { earlier: ['rejected', 'rejected'], may: true },
    { earlier: ['rejected', 'pending'], may: false },
    { earlier: ['approved'], may: false },
  ] as const)('after $earlier may submit: $may', ({ earlier, may }) => expect(maySubmitAgain(earlier)).toBe(may));
});
