import { z } from '@hono/zod-openapi';
import { CommissionKind, CommissionStatus, RecordedEventType } from '../../../schema/enums';
import type { Commission, CommissionRow, CommissionView } from '../../services/conversions';
import { iso, isoOrNull, page, timestamp } from '../shared/schemas';

const amountMinor = z
  .number()
  .int()
  .describe('Minor units of currency; negative for adjustments (reversals after a refund, cancellation or rejection)');
const calculation = z
  .record(z.string(), z.unknown())
  .describe('How the amount was computed: rule, rates, base amount, level, program version and a human formula');
const level = z
  .number()
  .int()
  .describe('0: the affiliate credited with the conversion; 1–3: its upline (who referred it)');

/** A conversion's line as ConversionOutcome carries it (the detail view). */
export const commissionLine = z
  .object({
    id: z.uuid(),
    beneficiaryId: z.uuid(),
    level,
    kind: z.enum(CommissionKind),
    amountMinor,
    currency: z.string(),
    status: z.enum(CommissionStatus),
    holdUntil: timestamp,
    reversesCommissionId: z.uuid().nullable(),
    calculation,
  })
  .openapi('ConversionCommissionLine') satisfies z.ZodType<CommissionView>;

/** The direct affiliate's line of a conversion, as list rows show it. */
export const directCommission = z
  .object({
    id: z.uuid(),
    kind: z.enum(CommissionKind),
    amountMinor,
    currency: z.string(),
    status: z.enum(CommissionStatus),
  })
  .nullable()
  .describe('The level-0 line: a sale’s commission, a refund’s negative adjustment; null when nothing was earned');

export const directCommissionView = (c: Commission | null): z.infer<typeof directCommission> =>
  c && { id: c.id, kind: c.kind, amountMinor: c.amountMinor, currency: c.currency, status: c.status };

/** What both sides see of a commission line; each side adds who and what it may know. */
export const commissionFields = {
  id: z.uuid(),
  programId: z.uuid(),
  conversion: z.object({ id: z.uuid(), type: z.enum(RecordedEventType), occurredAt: timestamp }),
  level,
  kind: z.enum(CommissionKind),
  amountMinor,
  currency: z.string(),
  rateBps: z.number().int().nullable(),
  status: z.enum(CommissionStatus),
  holdUntil: timestamp.describe('Approved by the hold release once this has passed'),
  approvedAt: timestamp.nullable(),
  paidAt: timestamp.nullable(),
  reversedAt: timestamp.nullable(),
  reason: z.string().nullable().describe('Why it was rejected or reversed'),
  reversesCommissionId: z.uuid().nullable(),
  calculation,
  createdAt: timestamp,
};

export function commissionFieldsView(
  c: Commission,
  conversion: { type: z.infer<typeof commissionFields.conversion>['type']; occurredAt: Date },
) {
  return {
    id: c.id,
    programId: c.programId,
    // Listed lines come joined to their conversion; only an opening balance has none, and it is not listed here.
    conversion: { id: c.conversionId!, type: conversion.type, occurredAt: iso(conversion.occurredAt) },
    level: c.level,
    kind: c.kind,
    amountMinor: c.amountMinor,
    currency: c.currency,
    rateBps: c.rateBps,
    status: c.status,
    holdUntil: iso(c.holdUntil),
    approvedAt: isoOrNull(c.approvedAt),
    paidAt: isoOrNull(c.paidAt),
    reversedAt: isoOrNull(c.reversedAt),
    reason: c.reason,
    reversesCommissionId: c.reversesCommissionId,
    calculation: c.calculation,
    createdAt: iso(c.createdAt),
  };
}

export const commission = z
  .object({
    ...commissionFields,
    programName: z.string(),
    beneficiary: z.object({ id: z.uuid(), email: z.string() }).describe('The affiliate paid by this line'),
    enrollmentId: z.uuid().nullable().describe('The direct affiliate’s enrollment; null on upline lines'),
  })
  .openapi('Commission');

export const commissionPage = page(commission, 'CommissionPage');

export const commissionView = (row: CommissionRow): z.infer<typeof commission> => ({
  ...commissionFieldsView(row.commission, { type: row.conversionType, occurredAt: row.conversionOccurredAt }),
  programName: row.programName,
  beneficiary: { id: row.commission.beneficiaryId, email: row.beneficiaryEmail },
  enrollmentId: row.commission.enrollmentId,
});
