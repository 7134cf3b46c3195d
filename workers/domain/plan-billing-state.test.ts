import { describe, expect, test } from 'vitest';
import { billingPeriodOf, graceOutcome, subscriptionStateOf } from './plan-billing-state';

describe('subscriptionStateOf', () => {
  test.each([
    ['active', 'active'],
    ['trialing', 'active'],
    ['past_due', 'past_due'],
    ['unpaid', 'past_due'],
    ['incomplete', 'past_due'],
    ['paused', 'past_due'],
    ['canceled', 'canceled'],
    ['incomplete_expired', 'canceled'],
  ])('Stripe %s is %s', (stripe, ours) => expect(subscriptionStateOf(stripe)).toBe(ours));
});

test.each([
  ['month', 'monthly'],
  ['year', 'yearly'],
  ['week', null],
  [undefined, null],
])('interval %s is period %s', (interval, period) => expect(billingPeriodOf(interval)).toBe(period));

const now = new Date('2026-05-10T12:00:00Z');
const day = 86_400_000;
describe('graceOutcome', () => {
  test.each([
    {
      label: 'paid clears a running grace',
      state: 'active' as const,
      graceUntil: new Date(now.getTime() + day),
      expected: { graceUntil: null, graceStarted: false, plan: 'subscribed' },
    },
    {
      label: 'first failure starts 7 days of grace on the paid plan',
      state: 'past_due' as const,
      graceUntil: null,
      expected: { graceUntil: new Date(now.getTime() + 7 * day), graceStarted: true, plan: 'subscribed' },
    },
    {
      label: 'a second failure keeps the first deadline',
      state: 'past_due' as const,
      graceUntil: new Date(now.getTime() + 2 * day),
      expected: { graceUntil: new Date(now.getTime() + 2 * day), graceStarted: false, plan: 'subscribed' },
    },
    {
      label: 'grace ending exactly now downgrades',
      state: 'past_due' as const,
      graceUntil: now,
      expected: { graceUntil: now, graceStarted: false, plan: 'lowest' },
    },
    {
      label: 'cancelled falls to the lowest plan',
      state: 'canceled' as const,
      graceUntil: new Date(now.getTime() + day),
      expected: { graceUntil: null, graceStarted: false, plan: 'lowest' },
    },
  ])('$label', ({ state, graceUntil, expected }) =>
    expect(graceOutcome({ state, graceUntil, now, graceDays: 7 })).toEqual(expected),
  );

  test('zero grace days downgrades on the first failure', () =>
    expect(graceOutcome({ state: 'past_due', graceUntil: null, now, graceDays: 0 })).toEqual({
      graceUntil: now,
      graceStarted: true,
      plan: 'lowest',
    }));
});
