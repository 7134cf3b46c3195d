import { describe, expect, test } from 'vitest';
import {
  couponFields,
  couponIdFor,
  discountTerms,
  effectiveDiscount,
  groupDiscount,
  readDiscount,
} from './discount-terms';
import { discountSyncPlan, type SyncedCode, type WantedCode } from './discount-sync-plan';

const pct20x3 = { type: 'percent', percentBps: 2000, duration: 'repeating', durationMonths: 3 } as const;
const usd5once = { type: 'amount', amountMinor: 500, currency: 'USD', duration: 'once' } as const;

describe('discountTerms', () => {
  test.each([
    ['20 % for 3 months', pct20x3, true],
    ['5 USD once', usd5once, true],
    ['100 % forever', { type: 'percent', percentBps: 10_000, duration: 'forever' }, true],
    ['months on a once discount', { ...usd5once, durationMonths: 2 }, false],
    ['repeating without months', { ...pct20x3, durationMonths: undefined }, false],
    ['over 100 %', { ...pct20x3, percentBps: 10_001 }, false],
    ['zero off', { ...usd5once, amountMinor: 0 }, false],
    ['a fraction of a cent', { ...usd5once, amountMinor: 1.5 }, false],
    ['lower-case currency', { ...usd5once, currency: 'usd' }, false],
    ['an amount without currency', { type: 'amount', amountMinor: 500, duration: 'once' }, false],
    ['37 months', { ...pct20x3, durationMonths: 37 }, false],
    ['an unknown field', { ...usd5once, extra: 1 }, false],
    ['none is a group value only', { type: 'none' }, false],
  ])('%s', (_name, value, ok) => {
    expect(discountTerms.safeParse(value).success).toBe(ok);
  });

  test('a group may say none', () => expect(groupDiscount.parse({ type: 'none' })).toEqual({ type: 'none' }));
});

describe('effectiveDiscount: the group over the program', () => {
  test.each([
    ['no group value: the program', pct20x3, null, pct20x3],
    ['the group replaces it', pct20x3, usd5once, { ...usd5once, durationMonths: null }],
    ['the group says none', pct20x3, { type: 'none' }, null],
    ['neither gives one', null, null, null],
    ['only the group gives one', null, pct20x3, pct20x3],
    ['a stored value that no longer parses is none', { type: 'percent' }, null, null],
  ])('%s', (_name, program, group, want) => {
    expect(effectiveDiscount(program, group)).toEqual(want);
  });
});

describe('the coupon', () => {
  test.each([
    [pct20x3, 'affedge_p2000_m3', { percent_off: '20', duration: 'repeating', duration_in_months: '3' }],
    [{ ...pct20x3, percentBps: 1250 }, 'affedge_p1250_m3', { percent_off: '12.5' }],
    [usd5once, 'affedge_a500usd_once', { amount_off: '500', currency: 'usd', duration: 'once' }],
    [{ type: 'percent', percentBps: 1000, duration: 'forever' }, 'affedge_p1000_forever', { duration: 'forever' }],
  ] as const)('%j → %s', (terms, id, fields) => {
    const d = readDiscount(terms)!;
    expect(couponIdFor(d)).toBe(id);
    expect(couponFields(d)).toMatchObject({ id, ...fields });
    if (d.duration !== 'repeating') expect(couponFields(d)).not.toHaveProperty('duration_in_months');
  });

  test('equal terms give one id, other terms another', () => {
    const a = couponIdFor(readDiscount(pct20x3)!);
    expect(couponIdFor(readDiscount({ ...pct20x3 })!)).toBe(a);
    expect(couponIdFor(readDiscount({ ...pct20x3, durationMonths: 4 })!)).not.toBe(a);
  });
});

describe('discountSyncPlan: which coupon and code a change needs', () => {
  const nothing: SyncedCode = { couponId: null, promotionCodeId: null, code: null, active: false };
  const live: SyncedCode = { couponId: 'c1', promotionCodeId: 'promo_1', code: 'ALICE20', active: true };
  const want = (w: Partial<WantedCode> = {}): WantedCode => ({ couponId: 'c1', code: 'ALICE20', active: true, ...w });
  test.each<[string, SyncedCode, WantedCode, string[]]>([
    ['first sync: coupon, then code', nothing, want(), ['create_coupon c1', 'create_promotion_code c1 ALICE20']],
    ['in step: nothing to do', live, want(), []],
    ['suspended: deactivate', live, want({ active: false }), ['set_active promo_1 false']],
    ['reactivated: activate', { ...live, active: false }, want(), ['set_active promo_1 true']],
    [
      'discount changed: new coupon, old code retired, new code',
      live,
      want({ couponId: 'c2' }),
      ['create_coupon c2', 'set_active promo_1 false', 'create_promotion_code c2 ALICE20'],
    ],
    [
      'changed while suspended, then reactivated: no second deactivation',
      { ...live, active: false },
      want({ couponId: 'c2' }),
      ['create_coupon c2', 'create_promotion_code c2 ALICE20'],
    ],
    [
      'coupon code renamed',
      live,
      want({ code: 'ALICE30' }),
      ['create_coupon c1', 'set_active promo_1 false', 'create_promotion_code c1 ALICE30'],
    ],
    ['discount removed: deactivate', live, want({ couponId: null }), ['set_active promo_1 false']],
    ['coupon code removed: deactivate', live, want({ code: null }), ['set_active promo_1 false']],
    ['suspended before any code: nothing', nothing, want({ active: false }), []],
    ['no discount and no code yet: nothing', nothing, want({ couponId: null }), []],
    ['already off: nothing', { ...live, active: false }, want({ active: false }), []],
  ])('%s', (_name, have, wanted, steps) => {
    expect(
      discountSyncPlan(have, wanted).map((s) =>
        s.kind === 'set_active'
          ? `${s.kind} ${s.promotionCodeId} ${s.active}`
          : s.kind === 'create_coupon'
            ? `${s.kind} ${s.couponId}`
            : `${s.kind} ${s.couponId} ${s.code}`,
      ),
    ).toEqual(steps);
  });
});
