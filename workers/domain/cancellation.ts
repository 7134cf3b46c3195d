import type { CancelEffect } from '../../schema/enums';

const DAY_MS = 86_400_000;

/**
 * Whether a cancellation voids the sale it is about: only when the program offers a money-back
 * window (`voidWithinDays`), the payment is the customer's first one (the sale, not a renewal),
 * and the cancellation came no later than that many days after it. Otherwise a cancellation
 * moves no money: the customer paid for a period and used it.
 */
export function cancelVoidsSale(input: {
  voidWithinDays: number | null;
  saleAt: Date;
  cancelAt: Date;
  isFirstPayment: boolean;
}): { voids: boolean; detail: string } {
  const { voidWithinDays, saleAt, cancelAt } = input;
  if (voidWithinDays === null) return { voids: false, detail: 'the program has no cancellation void window' };
  if (!input.isFirstPayment) {
    return { voids: false, detail: 'the latest payment is a renewal, not the sale: the void window is over' };
  }
  const elapsedMs = cancelAt.getTime() - saleAt.getTime();
  const days = (elapsedMs / DAY_MS).toFixed(1);
  if (elapsedMs >= 0 && elapsedMs <= voidWithinDays * DAY_MS) {
    return {
      voids: true,
      detail: `cancelled ${days} day(s) after the sale, within the ${voidWithinDays}-day void window`,
    };
  }
  return {
    voids: false,
    detail: `cancelled ${days} day(s) after the sale, outside the ${voidWithinDays}-day void window`,
  };
}

const EFFECTS: Record<CancelEffect, string> = {
  recurring_ended:
    'The customer’s recurring commissions ended: later rebills earn nothing. Commissions already earned stay.',
  sale_voided:
    'Cancelled inside the program’s void window: the sale’s commission was reversed, and recurring commissions ended.',
  not_found: 'No sale of this customer or order was found: nothing changed.',
};

/** What a cancellation did, in words, for the API answer and the affiliate's notification. */
export function describeCancelEffect(effect: CancelEffect): string {
  return EFFECTS[effect];
}
