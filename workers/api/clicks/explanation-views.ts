import { z } from '@hono/zod-openapi';
import {
  AttributionMethod,
  CommissionKind,
  CommissionStatus,
  RecordedEventType,
  ConversionSource,
  ConversionStatus,
  FraudFlag,
  PayoutBatchStatus,
  PayoutItemStatus,
} from '../../../schema/enums';
import type { ClickExplanation, ExplainedConversion, ExplainedLine } from '../../services/clicks';
import type { MyConversionExplanation } from '../../services/conversions';
import { iso, isoOrNull, timestamp } from '../shared/schemas';
import { click, clickView, myClick, myClickView, platformClick, platformClickView } from './views';

const myPayout = z
  .object({
    itemId: z.uuid(),
    status: z.enum(PayoutItemStatus).describe('success: paid'),
    paidAt: timestamp.nullable(),
    batchId: z.uuid(),
  })
  .nullable()
  .describe('The payout item that pays the line; null while it is in no payout');

const myLineFields = {
  id: z.uuid(),
  level: z.number().int().describe('0: the affiliate credited with the conversion; 1–3: its upline'),
  kind: z.enum(CommissionKind),
  status: z.enum(CommissionStatus),
  amountMinor: z.number().int().describe('Minor units of currency; negative for adjustments'),
  currency: z.string(),
  rateBps: z.number().int().nullable(),
  holdUntil: timestamp,
  approvedAt: timestamp.nullable(),
  paidAt: timestamp.nullable(),
  reversedAt: timestamp.nullable(),
  reason: z.string().nullable(),
  calculation: z.record(z.string(), z.unknown()).describe('The inputs the amount was computed from, and a formula'),
};

export const myConversionFields = {
  id: z.uuid(),
  type: z.enum(RecordedEventType),
  status: z.enum(ConversionStatus),
  occurredAt: timestamp,
  attributionMethod: z.enum(AttributionMethod).nullable(),
  rejectReason: z.string().nullable(),
};

/** One of your commission lines with its calculation and the payout item that pays it. */
export const myExplainedLine = z.object({ ...myLineFields, payout: myPayout });

export const myClickExplanation = z
  .object({
    click: myClick,
    conversions: z.array(
      z.object({
        ...myConversionFields,
        lines: z.array(myExplainedLine).describe('Your lines only'),
      }),
    ),
  })
  .openapi('MyClickExplanation');

const payout = z
  .object({
    itemId: z.uuid(),
    status: z.enum(PayoutItemStatus).describe('success: paid'),
    paidAt: timestamp.nullable(),
    itemAmountMinor: z.number().int().describe('The whole item: the net of every line it pays'),
    currency: z.string(),
    paypalTransactionId: z.string().nullable(),
    batchId: z.uuid(),
    batchStatus: z.enum(PayoutBatchStatus),
  })
  .nullable()
  .describe('The payout item that pays the line and its batch; null while it is in no payout');

const explanationFields = {
  conversions: z.array(
    z.object({
      ...myConversionFields,
      eventId: z.string(),
      source: z.enum(ConversionSource),
      orderId: z.string().nullable(),
      amountMinor: z.number().int().describe('Revenue reported, in minor units'),
      currency: z.string().nullable(),
      affiliateId: z.uuid().nullable(),
      fraudFlags: z.array(z.enum(FraudFlag)),
      lines: z.array(
        z.object({
          ...myLineFields,
          beneficiaryId: z.uuid(),
          reversesCommissionId: z.uuid().nullable(),
          payout,
        }),
      ),
    }),
  ),
};

export const clickExplanation = z.object({ click, ...explanationFields }).openapi('ClickExplanation');
export const platformClickExplanation = z
  .object({ click: platformClick, ...explanationFields })
  .openapi('PlatformClickExplanation');

function myLineView({ commission: c }: ExplainedLine) {
  // An upline line's `overridden` flags describe the referred affiliate's enrollment, not the reader's.
  const { overridden: _, ...upline } = c.calculation;
  return {
    id: c.id,
    level: c.level,
    kind: c.kind,
    status: c.status,
    amountMinor: c.amountMinor,
    currency: c.currency,
    rateBps: c.rateBps,
    holdUntil: iso(c.holdUntil),
    approvedAt: isoOrNull(c.approvedAt),
    paidAt: isoOrNull(c.paidAt),
    reversedAt: isoOrNull(c.reversedAt),
    reason: c.reason,
    calculation: c.level > 0 ? upline : c.calculation,
  };
}

export const myConversionView = ({ conversion: c }: Pick<ExplainedConversion, 'conversion'>) => ({
  id: c.id,
  type: c.eventType,
  status: c.status,
  occurredAt: iso(c.occurredAt),
  attributionMethod: c.attributionMethod,
  rejectReason: c.rejectReason,
});

export function myClickExplanationView(e: ClickExplanation): z.infer<typeof myClickExplanation> {
  return {
    click: myClickView(e),
    conversions: e.conversions.map((conversion) => ({
      ...myConversionView(conversion),
      lines: conversion.lines.map(myExplainedLineView),
    })),
  };
}

export function myExplainedLineView(line: ExplainedLine): z.infer<typeof myExplainedLine> {
  return {
    ...myLineView(line),
    payout: line.payout && {
      itemId: line.payout.item.id,
      status: line.payout.item.status,
      paidAt: isoOrNull(line.payout.item.paidAt),
      batchId: line.payout.batch.id,
    },
  };
}

function conversionsView(e: ClickExplanation): z.infer<typeof clickExplanation>['conversions'] {
  return e.conversions.map((conversion) => {
    const c = conversion.conversion;
    return {
      ...myConversionView(conversion),
      eventId: c.eventId,
      source: c.source,
      orderId: c.orderId,
      amountMinor: c.amountMinor,
      currency: c.currency,
      affiliateId: c.affiliateId,
      fraudFlags: c.fraudFlags,
      lines: conversion.lines.map((line) => ({
        ...myLineView(line),
        calculation: line.commission.calculation,
        beneficiaryId: line.commission.beneficiaryId,
        reversesCommissionId: line.commission.reversesCommissionId,
        payout: line.payout && {
          itemId: line.payout.item.id,
          status: line.payout.item.status,
          paidAt: isoOrNull(line.payout.item.paidAt),
          itemAmountMinor: line.payout.item.amountMinor,
          currency: line.payout.item.currency,
          paypalTransactionId: line.payout.item.paypalTransactionId,
          batchId: line.payout.batch.id,
          batchStatus: line.payout.batch.status,
        },
      })),
    };
  });
}

export const clickExplanationView = (e: ClickExplanation): z.infer<typeof clickExplanation> => ({
  click: clickView(e),
  conversions: conversionsView(e),
});

export const platformClickExplanationView = (e: ClickExplanation): z.infer<typeof platformClickExplanation> => ({
  click: platformClickView(e),
  conversions: conversionsView(e),
});

export const myConversionExplanation = z
  .object({
    conversion: z.object({ ...myConversionFields, programId: z.uuid().nullable(), programName: z.string().nullable() }),
    // A union, not myClick.nullable(): the nullable copy would carry the MyClick name and make that component nullable.
    click: z
      .union([myClick, z.null()])
      .describe('Your click that earned it; null when credited by coupon or customer history'),
    lines: z.array(myExplainedLine).describe('Your lines only'),
  })
  .openapi('MyConversionExplanation');

export const myConversionExplanationView = (e: MyConversionExplanation): z.infer<typeof myConversionExplanation> => ({
  conversion: { ...myConversionView(e), programId: e.conversion.programId, programName: e.programName },
  click: e.click && myClickView(e.click),
  lines: e.lines.map(myExplainedLineView),
});
