import { z } from '@hono/zod-openapi';
import {
  AttributionMethod,
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
  })
  .openapi('ConversionOutcome') satisfies z.ZodType<ConversionOutcome>;
