import { stripeInvoicePayments } from '../../../../schema';
import type { ServiceCall } from '../../../context';
import type { ConversionEvent } from '../../../contracts/conversion-event';
import type { StripePaymentLink } from '../../../domain/stripe-payment-links';
import { type ConversionOutcome, recordConversion } from '../../conversions';

export interface RecordStripeEventInput {
  appId: string;
  organizationId: string;
  stripeEventId: string;
  /** The invoice ↔ payment links the event carries (stripePaymentLinks). */
  links: StripePaymentLink[];
  /** The conversion the event maps to; null for an event that only links (invoice_payment.paid). */
  event: ConversionEvent | null;
}

export type StripeEventResult = { kind: 'conversion'; outcome: ConversionOutcome } | { kind: 'linked' };

/**
 * Records what a verified Stripe event tells: first the links between invoices and the payments
 * that paid them (idempotent on their unique key), so a refund in the same event already finds its
 * invoice, then the conversion. Stripe's redeliveries change nothing: both writes are idempotent.
 */
export async function recordStripeEvent({
  ctx,
  input,
}: ServiceCall<RecordStripeEventInput>): Promise<StripeEventResult> {
  if (input.links.length > 0) {
    await ctx.db
      .insert(stripeInvoicePayments)
      .values(
        input.links.map((l) => ({
          organizationId: input.organizationId,
          appId: input.appId,
          invoiceId: l.invoiceId,
          paymentId: l.paymentId,
          stripeEventId: input.stripeEventId,
        })),
      )
      .onConflictDoNothing({
        target: [stripeInvoicePayments.appId, stripeInvoicePayments.paymentId, stripeInvoicePayments.invoiceId],
      });
  }
  if (!input.event) return { kind: 'linked' };
  const outcome = await recordConversion({
    ctx,
    input: { appId: input.appId, organizationId: input.organizationId, source: 'stripe', event: input.event },
  });
  return { kind: 'conversion', outcome };
}
