import { z } from '@hono/zod-openapi';
import { AttributionMethod, ConversionEventType, ConversionSource, ConversionStatus, FraudFlag } from '../../../schema/enums';
import type { AttributionStep } from '../../services/conversions/conversion-outcome';
import type { ConversionDetail } from '../../services/conversions/get-conversion';
import type { ConversionRow } from '../../services/conversions/list-conversions';
import { toOutcome } from '../../services/conversions/load-conversion-outcome';
import { iso, isoOrNull, page, timestamp } from '../shared/schemas';
import { commissionLine, directCommission, directCommissionView } from './commission-views';

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
  .describe(Object.entries(STEP_OUTCOMES).map(([k, v]) => `${k}: ${v}`).join('; '));

export const attributionStep = z.object({ step: z.enum(AttributionMethod), outcome: stepOutcome });
const tracedStep = attributionStep.extend({ detail: z.string().optional() });

export const eventFields = {
  id: z.uuid(),
  type: z.enum(ConversionEventType),
  status: z.enum(ConversionStatus).describe('flagged: waiting for review'),
  amountMinor: z.number().int().describe('Minor units; a refund carries the refunded amount, its type gives the sign'),
  currency: z.string().nullable(),
  occurredAt: timestamp,
  receivedAt: timestamp,
  rejectReason: z.string().nullable(),
  parentConversionId: z.uuid().nullable().describe('For refunds, cancellations and rebills: the original sale'),
};

/** What the advertiser sees in its conversions list. */
export const conversion = z
  .object({
    ...eventFields,
    eventId: z.string().describe('Your event id'),
    source: z.enum(ConversionSource),
    programId: z.uuid().nullable(),
    affiliateId: z.uuid().nullable(),
    affiliateEmail: z.string().nullable(),
    attributionMethod: z.enum(AttributionMethod).nullable().describe('null: nobody credited (yet)'),
    clickId: z.uuid().nullable(),
    orderId: z.string().nullable(),
    externalCustomerId: z.string().nullable(),
    fraudFlags: z.array(z.enum(FraudFlag)),
    directCommission,
  })
  .openapi('Conversion');

export const conversionPage = page(conversion, 'ConversionPage');

export const conversionView = ({ conversion: c, affiliateEmail, directCommission: direct }: ConversionRow): z.infer<typeof conversion> => ({
  id: c.id,
  type: c.eventType,
  status: c.status,
  amountMinor: c.amountMinor,
  currency: c.currency,
  occurredAt: iso(c.occurredAt),
  receivedAt: iso(c.receivedAt),
  rejectReason: c.rejectReason,
  parentConversionId: c.parentConversionId,
  eventId: c.eventId,
  source: c.source,
  programId: c.programId,
  affiliateId: c.affiliateId,
  affiliateEmail,
  attributionMethod: c.attributionMethod,
  clickId: c.clickId,
  orderId: c.orderId,
  externalCustomerId: c.externalCustomerId,
  fraudFlags: c.fraudFlags,
  directCommission: directCommissionView(direct),
});

/** ConversionOutcome (what the inbound API answered) with what only the advertiser's review needs. */
export const conversionDetail = z
  .object({
    conversion: z.object({
      id: z.uuid(),
      eventId: z.string(),
      type: z.enum(ConversionEventType),
      source: z.enum(ConversionSource),
      status: z.enum(ConversionStatus),
      amountMinor: z.number().int(),
      currency: z.string().nullable(),
      occurredAt: timestamp,
      parentConversionId: z.uuid().nullable(),
      fraudFlags: z.array(z.enum(FraudFlag)),
      rejectReason: z.string().nullable(),
      receivedAt: timestamp,
      orderId: z.string().nullable(),
      externalCustomerId: z.string().nullable(),
      couponCode: z.string().nullable(),
      ip: z.string().nullable().describe('The customer’s IP as your app reported it'),
      userAgent: z.string().nullable(),
      metadata: z.record(z.string(), z.unknown()).nullable(),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    attribution: z
      .object({
        method: z.enum(AttributionMethod),
        programId: z.uuid(),
        enrollmentId: z.uuid(),
        affiliateId: z.uuid(),
        affiliateEmail: z.string().nullable(),
        clickId: z.uuid().nullable(),
      })
      .nullable()
      .describe('null: nobody is credited (attributionTrace says why)'),
    attributionTrace: z.array(tracedStep),
    commissions: z.array(commissionLine).describe('Every line: the direct one (level 0), then the upline levels'),
    review: z.object({
      reviewer: z.object({ id: z.uuid(), email: z.string() }).nullable().describe('Who approved or rejected it'),
      reviewedAt: timestamp.nullable(),
    }),
  })
  .openapi('ConversionDetail');

export function conversionDetailView({ conversion: c, affiliateEmail, reviewer, lines }: ConversionDetail): z.infer<typeof conversionDetail> {
  // Built on toOutcome so the detail cannot drift from what the inbound API answered.
  const { duplicate: _, ...outcome } = toOutcome(c, lines, false);
  return {
    ...outcome,
    conversion: {
      ...outcome.conversion,
      receivedAt: iso(c.receivedAt),
      orderId: c.orderId,
      externalCustomerId: c.externalCustomerId,
      couponCode: c.couponCode,
      ip: c.ip,
      userAgent: c.userAgent,
      metadata: c.metadata,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
    },
    attribution: outcome.attribution && { ...outcome.attribution, affiliateEmail },
    review: { reviewer, reviewedAt: isoOrNull(c.reviewedAt) },
  };
}
