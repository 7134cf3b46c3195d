import { eq, sql } from 'drizzle-orm';
import { conversions, programs, referredCustomers, type Commission, type Conversion } from '../../../schema';
import type { CancelEffect } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import { cancelVoidsSale } from '../../domain/cancellation';
import { firstPaidConversion } from './customer-history';
import { findCancelledSale } from './find-cancelled-sale';
import { type FoundOriginal, followOriginal } from './follow-original';
import { reverseCommissions } from './reverse-commissions';

export interface Cancelled {
  conversion: Conversion;
  original: Conversion | null;
  effect: CancelEffect;
  /** The commissions a voiding cancellation reversed (their adjustments included); else empty. */
  lines: Commission[];
}

/**
 * Ends the customer's recurring commissions from the cancellation's time on, unless the customer
 * already subscribed again after it (events may arrive out of order). The latest cancellation wins.
 */
async function endRecurring(ctx: ServiceContext, customerId: string, cancelAt: Date): Promise<void> {
  await ctx.db
    .update(referredCustomers)
    .set({ cancelledAt: cancelAt })
    .where(
      sql`${referredCustomers.id} = ${customerId}
        AND (${referredCustomers.cancelledAt} IS NULL OR ${referredCustomers.cancelledAt} < ${cancelAt})
        AND NOT EXISTS (
          SELECT 1 FROM ${conversions} s WHERE s.referred_customer_id = ${customerId}
            AND s.event_type = 'sale' AND s.occurred_at > ${cancelAt} AND s.status <> 'rejected')`,
    );
}

/** Whether the program's money-back window voids the sale this cancellation is about. */
async function voidDecision(ctx: ServiceContext, cancel: Conversion, found: FoundOriginal) {
  const { original } = found;
  const [program] = original.programId
    ? await ctx.db
        .select({ voidWithinDays: programs.cancelVoidsWithinDays })
        .from(programs)
        .where(eq(programs.id, original.programId))
    : [];
  const isFirstPayment =
    original.eventType === 'sale' || !(await firstPaidConversion({ ctx, input: { conversion: original } }));
  return cancelVoidsSale({
    voidWithinDays: program?.voidWithinDays ?? null,
    saleAt: original.occurredAt,
    cancelAt: cancel.occurredAt,
    isFirstPayment,
  });
}

/**
 * Settles a cancellation inside the caller's transaction. Cancelling is not refunding: the
 * customer paid for the period and used it, so no money moves; the customer's later rebills earn
 * nothing. Only inside the program's void window (a money-back guarantee) is the sale's
 * commission reversed too, in full, as a refund of everything would.
 */
export async function settleCancellation({ ctx, input }: ServiceCall<{ conversion: Conversion }>): Promise<Cancelled> {
  const { conversion } = input;
  const found = await findCancelledSale({ ctx, input: { cancel: conversion } });
  if (!found) {
    const [updated] = await ctx.db
      .update(conversions)
      .set({
        cancelEffect: 'not_found',
        attributionTrace: [
          {
            step: 'customer',
            outcome: 'not_found',
            detail: 'no attributed sale or rebill with this order id, customer or click',
          },
        ],
      })
      .where(eq(conversions.id, conversion.id))
      .returning();
    return { conversion: updated!, original: null, effect: 'not_found', lines: [] };
  }
  if (found.original.referredCustomerId)
    await endRecurring(ctx, found.original.referredCustomerId, conversion.occurredAt);
  const decision = await voidDecision(ctx, conversion, found);
  if (decision.voids) {
    const reversed = await reverseCommissions({
      ctx,
      input: { conversion, found, note: decision.detail, cancelEffect: 'sale_voided' },
    });
    return { ...reversed, effect: 'sale_voided' };
  }
  // Without a customer id there is no customer row to follow: rebills credited by click still earn.
  const unfollowed = found.original.referredCustomerId
    ? ''
    : '; the sale names no customer, so no customer is marked cancelled';
  const updated = await followOriginal({
    ctx,
    input: {
      conversion,
      found,
      note: `no money moves: ${decision.detail}${unfollowed}`,
      extra: {
        cancelEffect: 'recurring_ended',
      },
    },
  });
  return { conversion: updated, original: found.original, effect: 'recurring_ended', lines: [] };
}
