import { z } from '@hono/zod-openapi';
import { DisputeStatus } from '../../../schema/enums';
import { CONVERSION_SOURCES, type StripeWebhookSettings, type WaitingRefund } from '../../services/conversion-sources';
import { idParam, iso, isoOrNull, timestamp } from '../shared/schemas';

import { commissionLine } from '../conversions/commission-views';
import { conversionOutcome } from '../shared/conversion-outcome';
import type { DisputeOutcome } from '../../services/conversions';

export { conversionOutcome };

export const disputeOutcome = z
  .object({
    dispute: z.object({
      id: z.uuid(),
      disputeId: z.string().describe('Stripe’s dispute id (dp_…)'),
      status: z
        .enum(DisputeStatus)
        .describe(
          'open: the sale’s unpaid commissions are held (disputed), out of payouts; won: given back; lost: reversed by a refund of the disputed amount (after payout: a negative adjustment). A closed dispute never reopens',
        ),
      conversionId: z.uuid().nullable().describe('The disputed sale; null when no sale matched the payment'),
      amountMinor: z.number().int().describe('The disputed amount in minor units'),
      currency: z.string(),
    }),
    commissions: z.array(commissionLine).describe('The lines this event held or gave back; empty for a repeat'),
    refund: conversionOutcome.nullable().describe('A lost dispute’s refund and the reversal it booked'),
  })
  .openapi('DisputeOutcome') satisfies z.ZodType<DisputeOutcome>;

export const ignoredStripeEvent = z
  .object({ ignored: z.literal(true), reason: z.string() })
  .openapi('IgnoredStripeEvent');

export const linkedStripeEvent = z
  .object({
    linked: z
      .array(z.object({ invoiceId: z.string(), paymentId: z.string() }))
      .describe('The invoice ↔ payment links recorded; a later refund of the payment reverses that invoice’s sale'),
  })
  .openapi('LinkedStripeEvent');

export const stripeAppParams = z.object({ appId: idParam('appId') });

export const stripeEventTypeState = z
  .object({
    eventType: z.string().describe('A Stripe event type the endpoint should be subscribed to'),
    required: z
      .boolean()
      .describe(
        'Without it conversions or reversals are missed; the others arrive only when something happens (a dispute…). invoice_payment.paid is required from API version 2025-03-31 on',
      ),
    seen: z.boolean().describe('Whether a verified event of this type ever arrived'),
    firstSeenAt: timestamp.nullable(),
    lastSeenAt: timestamp.nullable(),
  })
  .openapi('StripeEventTypeState');

export const stripeWebhookSettings = z
  .object({
    appId: z.uuid(),
    configured: z.boolean().describe('Whether a webhook signing secret is stored (it is never shown again)'),
    endpointUrl: z.url().describe('Paste into Stripe: Developers → Webhooks → Add endpoint'),
    apiVersion: z.string().nullable().describe('The API version of the latest event received; null before the first'),
    lastEventAt: timestamp.nullable(),
    eventTypes: z.array(stripeEventTypeState).describe('Each event type to subscribe to, with whether it ever arrived'),
    missingEventTypes: z.array(z.string()).describe('Required event types that never arrived'),
    invoicePaymentEventMissing: z
      .boolean()
      .describe(
        'Invoices are paid on an API version from 2025-03-31 on but invoice_payment.paid never arrived: the endpoint is not subscribed to it, so refunds of invoice payments wait for their sale and reverse nothing',
      ),
    waitingRefunds: z.number().int().describe('Refunds of this app waiting for the sale they refund'),
  })
  .openapi('StripeWebhookSettings');

export const setStripeWebhookBody = z
  .strictObject({
    webhookSecret: z
      .string()
      .trim()
      .regex(CONVERSION_SOURCES.stripe.secretRule.pattern, CONVERSION_SOURCES.stripe.secretRule.message)
      .describe('The signing secret Stripe shows for this endpoint (whsec_…); stored encrypted, never shown again'),
  })
  .openapi('SetStripeWebhook');

export const stripeWebhookSettingsView = (s: StripeWebhookSettings): z.infer<typeof stripeWebhookSettings> => ({
  appId: s.appId,
  configured: s.configured,
  endpointUrl: s.endpointUrl,
  apiVersion: s.apiVersion,
  lastEventAt: isoOrNull(s.lastEventAt),
  eventTypes: s.eventTypes.map((t) => ({
    eventType: t.eventType,
    required: t.required,
    seen: t.seen,
    firstSeenAt: isoOrNull(t.firstSeenAt),
    lastSeenAt: isoOrNull(t.lastSeenAt),
  })),
  missingEventTypes: s.missingEventTypes,
  invoicePaymentEventMissing: s.invoicePaymentEventMissing,
  waitingRefunds: s.waitingRefunds,
});

export const waitingRefundsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('At most this many, oldest first; 1–200'),
});

export const waitingRefund = z
  .object({
    conversionId: z.uuid().describe('The refund, as recorded (status pending)'),
    appId: z.uuid(),
    appName: z.string(),
    orderId: z
      .string()
      .nullable()
      .describe('The Stripe payment it refunds (pi_…, ch_…), or the invoice on older API versions'),
    amountMinor: z.number().int().describe('The amount refunded, in minor units'),
    currency: z.string().nullable(),
    occurredAt: timestamp,
    receivedAt: timestamp,
    givesUpAt: timestamp.describe(
      'When it stops waiting and is settled with nothing reversed (3 days after it arrived)',
    ),
    reason: z
      .enum(['invoice_payment_event_missing', 'sale_not_received'])
      .describe(
        'invoice_payment_event_missing: the app’s endpoint never delivered invoice_payment.paid on an API version that needs it; subscribe the endpoint to it and resend the invoice’s invoice_payment.paid event from Stripe, and the refund links by itself. sale_not_received: the sale (or its link) has not arrived yet; it links by itself when it does',
      ),
  })
  .openapi('WaitingRefund');

export const waitingRefundsList = z
  .object({
    items: z.array(waitingRefund),
    total: z.number().int().describe('All waiting refunds of the organization'),
  })
  .openapi('WaitingRefunds');

export const waitingRefundView = (r: WaitingRefund): z.infer<typeof waitingRefund> => ({
  ...r,
  occurredAt: iso(r.occurredAt),
  receivedAt: iso(r.receivedAt),
  givesUpAt: iso(r.givesUpAt),
});
