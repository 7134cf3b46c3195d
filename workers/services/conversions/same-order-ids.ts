import { and, eq, or } from 'drizzle-orm';
import { stripeInvoicePayments } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * The order ids that name the same purchase as `orderId`: itself, and across the Stripe invoice ↔
 * payment links, the invoice a payment paid or the payments of an invoice. A refund names its
 * payment (or, in older API versions, its invoice); the sale was recorded under the other.
 */
export async function sameOrderIds({ ctx, input }: ServiceCall<{ appId: string; orderId: string }>): Promise<string[]> {
  const { db } = ctx;
  const { appId, orderId } = input;
  const links = await db
    .select({ invoiceId: stripeInvoicePayments.invoiceId, paymentId: stripeInvoicePayments.paymentId })
    .from(stripeInvoicePayments)
    .where(
      and(
        eq(stripeInvoicePayments.appId, appId),
        or(eq(stripeInvoicePayments.paymentId, orderId), eq(stripeInvoicePayments.invoiceId, orderId)),
      ),
    );
  return [...new Set([orderId, ...links.flatMap((l) => [l.invoiceId, l.paymentId])])];
}
