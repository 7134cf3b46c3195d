import { and, eq, inArray, ne } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import { refundNamesItsPayment, refundStillWaits } from '../../domain/out-of-order-events';
import { sameOrderIds } from './same-order-ids';
import type { ServiceCall } from '../../context';

/**
 * Whether a refund that found no sale to reverse should wait for it. Only a billing provider's
 * refund does (Stripe, Paddle, Lemon Squeezy, the generic webhook): providers deliver out of order,
 * so the sale (or Stripe's invoice_payment.paid) naming its payment may still come (REFUND_WAIT_MS). A refund of a sale we recorded but credited to nobody has nothing to wait for.
 */
export async function refundWaitsForSale({ ctx, input }: ServiceCall<{ conversion: Conversion }>): Promise<boolean> {
  const { db, now } = ctx;
  const { conversion } = input;
  if (!refundNamesItsPayment(conversion) || !conversion.orderId) return false;
  if (!refundStillWaits({ receivedAt: conversion.receivedAt, now })) return false;
  const orderIds = await sameOrderIds({ ctx, input: { appId: conversion.appId, orderId: conversion.orderId } });
  const [known] = await db
    .select({ id: conversions.id })
    .from(conversions)
    .where(
      and(
        eq(conversions.appId, conversion.appId),
        inArray(conversions.orderId, orderIds),
        inArray(conversions.eventType, ['sale', 'rebill']),
        ne(conversions.id, conversion.id),
      ),
    )
    .limit(1);
  return !known;
}
