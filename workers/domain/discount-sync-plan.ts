/**
 * What Stripe must do to make an enrollment's promotion code match what its program, group and
 * status ask for. Pure: the sync (services/discounts/sync-one-code.ts) runs the steps in order and
 * records each one's result, so a retry plans again from where it stopped.
 */
export interface SyncedCode {
  couponId: string | null;
  promotionCodeId: string | null;
  code: string | null;
  active: boolean;
}

export interface WantedCode {
  /** The coupon the discount needs; null: no discount. */
  couponId: string | null;
  /** The enrollment's coupon code; null: it has none, so no promotion code. */
  code: string | null;
  /** The enrollment is active. */
  active: boolean;
}

export type SyncStep =
  | { kind: 'create_coupon'; couponId: string }
  | { kind: 'create_promotion_code'; couponId: string; code: string }
  | { kind: 'set_active'; promotionCodeId: string; active: boolean };

export function discountSyncPlan(have: SyncedCode, want: WantedCode): SyncStep[] {
  const current = have.promotionCodeId;
  const off = (): SyncStep[] =>
    current && have.active ? [{ kind: 'set_active', promotionCodeId: current, active: false }] : [];
  // No discount, no code or an enrollment that may not earn: whatever code exists stops working.
  if (want.couponId === null || want.code === null || !want.active) return off();
  if (current && have.couponId === want.couponId && have.code === want.code)
    return have.active ? [] : [{ kind: 'set_active', promotionCodeId: current, active: true }];
  // Another coupon (coupons are immutable) or another code: a new promotion code, the old one retired
  // first, because Stripe keeps an active code unique in the account.
  return [
    { kind: 'create_coupon', couponId: want.couponId },
    ...off(),
    { kind: 'create_promotion_code', couponId: want.couponId, code: want.code },
  ];
}
