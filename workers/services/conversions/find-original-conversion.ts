import { inArray, sql } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import { refundNamesItsPayment } from '../../domain/out-of-order-events';
import { sameOrderIds } from './same-order-ids';
import type { ServiceCall } from '../../context';

/**
 * The sale or rebill a refund, cancellation or payment dispute is about: the one with the same
 * order id (or an id a Stripe invoice ↔ payment link ties to it), else the customer's latest paid
 * one (a cancellation names the customer, not an order). A billing provider's refund always names its payment,
 * so it never falls back to another sale of the customer: that would reverse the wrong invoice. Locked, so two
 * refunds of the same sale are settled one after the other and never reverse more than it earned.
 */
export async function findOriginalConversion({
  ctx,
  input,
}: ServiceCall<{
  conversion: Pick<Conversion, 'id' | 'appId' | 'orderId' | 'externalCustomerId'> &
    Partial<Pick<Conversion, 'source' | 'eventType'>>;
}>): Promise<{ original: Conversion; via: 'order_id' | 'customer' } | undefined> {
  const { db } = ctx;
  const { conversion } = input;
  const paid = sql`${conversions.appId} = ${conversion.appId} AND ${conversions.eventType} IN ('sale', 'rebill') AND ${conversions.enrollmentId} IS NOT NULL AND ${conversions.id} <> ${conversion.id}`;
  if (conversion.orderId) {
    const orderIds = await sameOrderIds({ ctx, input: { appId: conversion.appId, orderId: conversion.orderId } });
    const [byOrder] = await db
      .select()
      .from(conversions)
      .where(sql`${paid} AND ${inArray(conversions.orderId, orderIds)}`)
      .orderBy(sql`${conversions.occurredAt} DESC`)
      .limit(1)
      .for('update');
    if (byOrder) return { original: byOrder, via: 'order_id' };
    if (refundNamesItsPayment(conversion)) return undefined;
  }
  if (conversion.externalCustomerId) {
    const [latest] = await db
      .select()
      .from(conversions)
      .where(sql`${paid} AND ${conversions.externalCustomerId} = ${conversion.externalCustomerId}`)
      .orderBy(sql`${conversions.occurredAt} DESC`)
      .limit(1)
      .for('update');
    if (latest) return { original: latest, via: 'customer' };
  }
  return undefined;
}
