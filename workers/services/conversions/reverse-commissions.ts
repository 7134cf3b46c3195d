import { refundNamesItsPayment } from '../../domain/out-of-order-events';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { commissions, conversions, type Commission, type Conversion } from '../../../schema';
import type { CancelEffect } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import {
  isCommissionUnpaid,
  LIVE_COMMISSION_STATUSES,
  type UnpaidCommissionStatus,
} from '../../domain/commission-status';
import { reversalAmount } from '../../domain/reversal-amount';
import type { AttributionStep } from './conversion-outcome';
import { bookAdjustment, remainingOf, voidUnpaidCommission } from './commission-lines';
import { findOriginalConversion } from './find-original-conversion';
import { refundWaitsForSale } from './refund-waits-for-sale';
import { type FoundOriginal, followOriginal } from './follow-original';

export interface Reversed {
  conversion: Conversion;
  original: Conversion | null;
  /** The adjustment rows written and the commissions reversed outright. */
  lines: Commission[];
  /** No sale found yet, and the refund waits for it (refundWaitsForSale): retried later. */
  waiting?: boolean;
}

/** Records why nothing was reversed, or that the refund waits for its sale. */
async function notFound(ctx: ServiceContext, conversion: Conversion): Promise<Reversed> {
  const waiting = await refundWaitsForSale({ ctx, input: { conversion } });
  const step: AttributionStep = waiting
    ? {
        step: 'customer',
        outcome: 'waiting_for_sale',
        detail: 'the refunded payment is not linked to a sale yet (billing providers deliver out of order); retried',
      }
    : {
        step: 'customer',
        outcome: 'not_found',
        detail: refundNamesItsPayment(conversion)
          ? 'no attributed sale or rebill paid by this payment'
          : 'no attributed sale or rebill with this order id or customer',
      };
  const [updated] = await ctx.db
    .update(conversions)
    .set({ attributionTrace: [step] })
    .where(eq(conversions.id, conversion.id))
    .returning();
  return { conversion: updated!, original: null, lines: [], waiting };
}

/**
 * Settles a refund (or a cancellation inside the program's void window) inside the caller's
 * transaction. The original sale's commissions shrink in proportion to the refunded share (a
 * voiding cancellation, or a refund without an amount, takes all that is left). Before payout the money never reaches the affiliate: a
 * commission reversed in full is marked reversed, a partial one gets a negative adjustment that
 * shares its hold. After payout (in payout or paid) the reversal is a negative adjustment,
 * approved at once, which the next balance carries.
 */
export async function reverseCommissions({
  ctx,
  input,
}: ServiceCall<{
  conversion: Conversion;
  found?: FoundOriginal;
  note?: string;
  cancelEffect?: CancelEffect;
}>): Promise<Reversed> {
  const { conversion } = input;
  const found = input.found ?? (await findOriginalConversion({ ctx, input: { conversion } }));
  if (!found) return notFound(ctx, conversion);
  const { original } = found;
  const [before] = await ctx.db
    .select({ refunded: sql<string>`coalesce(sum(${conversions.amountMinor}), 0)` })
    .from(conversions)
    .where(
      and(
        eq(conversions.parentConversionId, original.id),
        eq(conversions.eventType, 'refund'),
        ne(conversions.id, conversion.id),
      ),
    );
  const refundedBefore = Number(before!.refunded);
  const refund = conversion.eventType === 'cancel' || conversion.currency === null ? null : conversion.amountMinor;

  const originals = await ctx.db
    .select()
    .from(commissions)
    .where(
      and(
        eq(commissions.conversionId, original.id),
        eq(commissions.kind, 'commission'),
        inArray(commissions.status, [...LIVE_COMMISSION_STATUSES]),
      ),
    )
    .for('update');
  const written: Commission[] = [];
  let fullyReversed = true;
  for (const c of originals) {
    const remaining = await remainingOf({ ctx, input: { commission: c } });
    const share = Math.min(
      remaining,
      reversalAmount({
        commissionMinor: c.amountMinor,
        saleMinor: original.amountMinor,
        refundedBeforeMinor: refundedBefore,
        refundMinor: refund,
      }),
    );
    if (share < remaining) fullyReversed = false;
    if (share <= 0) continue;
    const why = `${conversion.eventType} ${conversion.eventId}`;
    if (isCommissionUnpaid(c.status) && share === remaining) {
      written.push(...(await voidUnpaidCommission({ ctx, input: { commission: c, status: 'reversed', reason: why } })));
      continue;
    }
    const paidOut = !isCommissionUnpaid(c.status);
    const adjustment = await bookAdjustment({
      ctx,
      input: {
        against: c,
        conversionId: conversion.id,
        amountMinor: share,
        // Unpaid: it nets against its commission in the same hold. Paid: carried into the next balance.
        status: paidOut ? 'approved' : (c.status as UnpaidCommissionStatus),
        holdUntil: paidOut ? ctx.now : c.holdUntil,
        approvedAt: paidOut ? ctx.now : null,
        reason: paidOut ? `${why} after payout: carried into the next balance` : why,
        calculation: {
          rule: 'reversal',
          reverses: c.id,
          commissionMinor: c.amountMinor,
          saleMinor: original.amountMinor,
          refundedBeforeMinor: refundedBefore,
          refundMinor: refund,
          reversedMinor: share,
        },
      },
    });
    if (adjustment) written.push(adjustment);
  }

  if (fullyReversed && originals.length > 0) {
    await ctx.db.update(conversions).set({ status: 'reversed' }).where(eq(conversions.id, original.id));
  }
  const updated = await followOriginal({
    ctx,
    input: {
      conversion,
      found,
      note: input.note,
      extra: input.cancelEffect ? { cancelEffect: input.cancelEffect } : {},
    },
  });
  return { conversion: updated, original, lines: written };
}
