import { z } from '@hono/zod-openapi';
import {
  AttributionMethod,
  CancelEffect,
  RecordedEventType,
  ConversionSource,
  ConversionStatus,
  FraudFlag,
} from '../../../schema/enums';
import type { AttributionStep, ConversionOutcome } from '../../services/conversions';
import { commissionLine } from '../conversions/commission-views';
import { timestamp } from './schemas';

// A Record, so adding an outcome to AttributionStep fails to compile here until it is described.
const STEP_OUTCOMES: Record<AttributionStep['outcome'], string> = {
  matched: 'credited by this step',
  skipped: 'the event carried nothing for this step',
  not_found: 'nothing matched',
  expired: 'matched outside the cookie window',
  inactive: 'matched a paused program or an inactive enrollment',
  waiting_for_click: 'the click is not ingested yet; retried',
  waiting_for_sale:
    'a billing provider’s refund (Stripe, Paddle, Lemon Squeezy, generic webhook) whose sale or invoice payment has not arrived yet; retried for up to 3 days',
  other_program: 'matched a program of another app',
};
const stepOutcome = z
  .enum(Object.keys(STEP_OUTCOMES) as [AttributionStep['outcome'], ...AttributionStep['outcome'][]])
  .describe(
    Object.entries(STEP_OUTCOMES)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );

export const attributionStep = z.object({ step: z.enum(AttributionMethod), outcome: stepOutcome });
export const tracedStep = attributionStep.extend({ detail: z.string().optional() });

/** The conversion as every inbound path answers it; the advertiser's detail view adds to it. */
export const outcomeConversionFields = {
  id: z.uuid(),
  eventId: z.string(),
  type: z.enum(RecordedEventType),
  source: z.enum(ConversionSource),
  status: z.enum(ConversionStatus),
  amountMinor: z.number().int(),
  currency: z.string().nullable(),
  occurredAt: timestamp,
  parentConversionId: z.uuid().nullable(),
  fraudFlags: z.array(z.enum(FraudFlag)),
  rejectReason: z.string().nullable(),
};

export const outcomeAttributionFields = {
  method: z.enum(AttributionMethod),
  programId: z.uuid(),
  enrollmentId: z.uuid(),
  affiliateId: z.uuid(),
  clickId: z.uuid().nullable(),
};

export const cancellationOutcome = z
  .object({
    effect: z
      .enum(CancelEffect)
      .describe(
        'recurring_ended: the customer’s later rebills earn nothing, no money moved; sale_voided: inside the program’s void window (cancelVoidsWithinDays) the sale’s commission was reversed too; not_found: no sale of that order, customer or click',
      ),
    description: z.string().describe('The effect in words'),
  })
  .nullable()
  .describe(
    'For a cancel: what it did; null for other events. A cancellation never reverses money outside the void window',
  );

// The answer of every inbound path. Typed against the service's ConversionOutcome, so the
// document cannot drift from what the routes return.
export const conversionOutcome = z
  .object({
    duplicate: z
      .boolean()
      .describe('True when this event id was recorded before: nothing changed, the stored result is returned'),
    conversion: z.object(outcomeConversionFields),
    attribution: z
      .object(outcomeAttributionFields)
      .nullable()
      .describe('null: nobody is credited (attributionTrace says why)'),
    attributionTrace: z.array(tracedStep),
    commissions: z.array(commissionLine),
    cancellation: cancellationOutcome,
  })
  .openapi('ConversionOutcome') satisfies z.ZodType<ConversionOutcome>;
