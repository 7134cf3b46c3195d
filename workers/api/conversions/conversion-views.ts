import { z } from '@hono/zod-openapi';
import {
  AttributionMethod,
  RecordedEventType,
  ConversionSource,
  ConversionStatus,
  FraudFlag,
  PayoutBatchStatus,
  PayoutItemStatus,
} from '../../../schema/enums';
import { type Conversion, type ConversionDetail, type ConversionRow, toOutcome } from '../../services/conversions';
import { iso, isoOrNull, page, timestamp } from '../shared/schemas';
import {
  cancellationOutcome,
  outcomeAttributionFields,
  outcomeConversionFields,
  tracedStep,
} from '../shared/conversion-outcome';
import { commissionLine, directCommission, directCommissionView } from './commission-views';

export const eventFields = {
  id: z.uuid(),
  type: z.enum(RecordedEventType),
  status: z.enum(ConversionStatus).describe('flagged: waiting for review'),
  amountMinor: z.number().int().describe('Minor units; a refund carries the refunded amount, its type gives the sign'),
  currency: z.string().nullable(),
  occurredAt: timestamp,
  receivedAt: timestamp,
  rejectReason: z.string().nullable(),
  parentConversionId: z.uuid().nullable().describe('For refunds, cancellations and rebills: the original sale'),
};

/** The eventFields of a stored conversion, as both the advertiser's and the affiliate's lists show them. */
export const eventFieldsView = (c: Conversion) => ({
  id: c.id,
  type: c.eventType,
  status: c.status,
  amountMinor: c.amountMinor,
  currency: c.currency,
  occurredAt: iso(c.occurredAt),
  receivedAt: iso(c.receivedAt),
  rejectReason: c.rejectReason,
  parentConversionId: c.parentConversionId,
});

/** What the advertiser sees in its conversions list. */
export const conversion = z
  .object({
    ...eventFields,
    eventId: z.string().describe('Your event id'),
    source: z.enum(ConversionSource),
    programId: z.uuid().nullable(),
    programName: z.string().nullable().describe('null: nobody credited (yet), so no program'),
    affiliateId: z.uuid().nullable(),
    affiliateEmail: z.string().nullable(),
    affiliateName: z.string().nullable().describe('First and last name, else the email; null while nobody is credited'),
    attributionMethod: z.enum(AttributionMethod).nullable().describe('null: nobody credited (yet)'),
    clickId: z.uuid().nullable(),
    orderId: z.string().nullable(),
    externalCustomerId: z.string().nullable(),
    fraudFlags: z.array(z.enum(FraudFlag)),
    ip: z.string().nullable().describe('The customer’s IP as your app reported it: evidence for the fraud signals'),
    userAgent: z.string().nullable().describe('The customer’s user agent as your app reported it'),
    directCommission,
  })
  .openapi('Conversion');

export const conversionPage = page(conversion, 'ConversionPage');

export const conversionView = ({
  conversion: c,
  affiliateEmail,
  affiliateFirstName,
  affiliateLastName,
  programName,
  directCommission: direct,
}: ConversionRow): z.infer<typeof conversion> => ({
  ...eventFieldsView(c),
  eventId: c.eventId,
  source: c.source,
  programId: c.programId,
  programName,
  affiliateId: c.affiliateId,
  affiliateEmail,
  affiliateName: affiliateEmail
    ? [affiliateFirstName, affiliateLastName].filter(Boolean).join(' ').trim() || affiliateEmail
    : null,
  attributionMethod: c.attributionMethod,
  clickId: c.clickId,
  orderId: c.orderId,
  externalCustomerId: c.externalCustomerId,
  fraudFlags: c.fraudFlags,
  ip: c.ip,
  userAgent: c.userAgent,
  directCommission: directCommissionView(direct),
});

/** ConversionOutcome (what the inbound API answered) with what only the advertiser's review needs. */
export const conversionDetail = z
  .object({
    conversion: z.object({
      ...outcomeConversionFields,
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
      .object({ ...outcomeAttributionFields, affiliateEmail: z.string().nullable() })
      .nullable()
      .describe('null: nobody is credited (attributionTrace says why)'),
    attributionTrace: z.array(tracedStep),
    cancellation: cancellationOutcome,
    commissions: z.array(commissionLine).describe('Every line: the direct one (level 0), then the upline levels'),
    review: z.object({
      reviewer: z.object({ id: z.uuid(), email: z.string() }).nullable().describe('Who approved or rejected it'),
      reviewedAt: timestamp.nullable(),
    }),
    payouts: z
      .array(
        z.object({
          commissionId: z.uuid(),
          itemId: z.uuid(),
          status: z.enum(PayoutItemStatus).describe('success: paid'),
          paidAt: timestamp.nullable(),
          itemAmountMinor: z.number().int().describe('The whole item: the net of every line it pays'),
          currency: z.string(),
          batchId: z.uuid(),
          batchStatus: z.enum(PayoutBatchStatus),
        }),
      )
      .describe('The payout item and batch paying each line that is in a payout'),
  })
  .openapi('ConversionDetail');

export function conversionDetailView({
  conversion: c,
  affiliateEmail,
  reviewer,
  lines,
  payouts,
}: ConversionDetail): z.infer<typeof conversionDetail> {
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
    payouts: payouts.map(({ commissionId, item, batch }) => ({
      commissionId,
      itemId: item.id,
      status: item.status,
      paidAt: isoOrNull(item.paidAt),
      itemAmountMinor: item.amountMinor,
      currency: item.currency,
      batchId: batch.id,
      batchStatus: batch.status,
    })),
  };
}
