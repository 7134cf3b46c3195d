import { describe, expect, it } from 'vitest';
import {
  earliestCreditableSale,
  LATE_REFERRAL_WINDOW_MS,
  REFUND_WAIT_MS,
  refundStillWaits,
} from './out-of-order-events';

const at = (iso: string) => new Date(iso);
const MINUTE = 60_000;

describe('earliestCreditableSale', () => {
  it.each([
    {
      label: 'the click bounds it: a sale before the click was not caused by it',
      boundAt: at('2026-07-01T12:00:05Z'),
      clickedAt: at('2026-07-01T11:58:00Z'),
      earliest: at('2026-07-01T11:58:00Z'),
    },
    {
      label: 'a click older than the window: the window bounds it',
      boundAt: at('2026-07-10T12:00:00Z'),
      clickedAt: at('2026-07-01T12:00:00Z'),
      earliest: new Date(at('2026-07-10T12:00:00Z').getTime() - LATE_REFERRAL_WINDOW_MS),
    },
    {
      label: 'no click (a coupon bound the customer): the window alone',
      boundAt: at('2026-07-10T12:00:00Z'),
      clickedAt: null,
      earliest: at('2026-07-09T12:00:00Z'),
    },
  ])('$label', ({ boundAt, clickedAt, earliest }) => {
    expect(earliestCreditableSale({ boundAt, clickedAt })).toEqual(earliest);
  });
});

describe('refundStillWaits', () => {
  const receivedAt = at('2026-07-01T00:00:00Z');
  it.each([
    { label: 'just received', now: receivedAt, waits: true },
    {
      label: 'a minute before the wait ends',
      now: new Date(receivedAt.getTime() + REFUND_WAIT_MS - MINUTE),
      waits: true,
    },
    { label: 'when the wait ends', now: new Date(receivedAt.getTime() + REFUND_WAIT_MS), waits: false },
    { label: 'three days is the wait', now: at('2026-07-04T00:00:00Z'), waits: false },
  ])('$label → $waits', ({ now, waits }) => {
    expect(refundStillWaits({ receivedAt, now })).toBe(waits);
  });
});
