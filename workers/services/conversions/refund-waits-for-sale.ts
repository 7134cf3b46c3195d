import { and, eq, inArray, ne } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import type { Executor } from '../../db/client';
import { refundStillWaits } from '../../domain/out-of-order-events';
import { sameOrderIds } from './same-order-ids';

/**
 * Whether a refund that found no sale to reverse should wait for it. Only a Stripe refund does:
 * Stripe delivers out of order, so the invoice.paid or invoice_payment.paid naming its payment may
 * still come (REFUND_WAIT_MS). A refund of a sale we recorded but credited to nobody has nothing to wait for.
 */
export async function refundWaitsForSale(db: Executor, conversion: Conversion, now: Date): Promise<boolean> {
  if (conversion.source !== 'stripe' || conversion.eventType !== 'refund' || !conversion.orderId) return false;
  if (!refundStillWaits({ receivedAt: conversion.receivedAt, now })) return false;
  const orderIds = await sameOrderIds(db, conversion.appId, conversion.orderId);
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
