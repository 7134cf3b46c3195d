import { z } from '@hono/zod-openapi';
import { MONTHLY_DAY_MAX, MONTHLY_DAY_MIN } from '../../domain/payout-schedule';
import type { AutoApprovalLimit, ProgramPayoutScheduleView } from '../../services/payouts';
import { currencyCode, idParam, iso, isoOrNull, timestamp } from '../shared/schemas';
import { PayoutScheduleKind } from '../../../schema/enums';

export const scheduleParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });

const positiveMinor = z
  .number()
  .int()
  .min(1)
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Minor units of the currency, more than 0');

export const setProgramPayoutScheduleBody = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('daily') }).strict(),
    z.object({ kind: z.literal('manual') }).strict(),
    z
      .object({
        kind: z.literal('monthly'),
        dayOfMonth: z
          .number()
          .int()
          .min(MONTHLY_DAY_MIN)
          .max(MONTHLY_DAY_MAX)
          .describe('Day of the month, 1–28 (UTC), on which the cron proposes'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('threshold'),
        thresholdMinor: positiveMinor.describe(
          'An affiliate is proposed once their payable balance in the program’s currency reaches this, in minor units',
        ),
      })
      .strict(),
  ])
  .openapi('SetProgramPayoutScheduleRequest');

export const programPayoutScheduleSchema = z
  .object({
    programId: z.uuid(),
    kind: z
      .enum(PayoutScheduleKind)
      .describe(
        'daily: every morning (the default); manual: only finance’s propose now; monthly: on dayOfMonth; threshold: once an affiliate’s balance reaches thresholdMinor',
      ),
    dayOfMonth: z.number().int().nullable(),
    thresholdMinor: z.number().int().nullable(),
    currency: z.string().describe('The program’s currency, the threshold’s'),
    nextRunAt: timestamp.nullable().describe('When the cron next proposes under it (04:30 UTC); null for manual'),
    lastRun: z
      .object({
        period: z.string().describe('YYYY-MM (monthly) or YYYY-MM-DD (threshold)'),
        currency: z.string(),
        batchId: z.uuid().nullable().describe('null: nobody was due'),
        at: timestamp,
      })
      .nullable(),
    updatedAt: timestamp.nullable().describe('null: never set (daily)'),
  })
  .openapi('ProgramPayoutSchedule');

export const programPayoutScheduleJson = (
  s: ProgramPayoutScheduleView,
): z.infer<typeof programPayoutScheduleSchema> => ({
  programId: s.programId,
  kind: s.kind,
  dayOfMonth: s.dayOfMonth,
  thresholdMinor: s.thresholdMinor,
  currency: s.currency,
  nextRunAt: isoOrNull(s.nextRunAt),
  lastRun: s.lastRun ? { ...s.lastRun, at: iso(s.lastRun.at) } : null,
  updatedAt: isoOrNull(s.updatedAt),
});

const limitSchema = z.object({
  currency: currencyCode,
  limitMinor: positiveMinor.describe('Batches in this currency totalling this or less are approved by the system'),
});

export const setAutoApprovalLimitsBody = z
  .object({ limits: z.array(limitSchema.strict()).max(50).describe('Empty: auto-approval off') })
  .strict()
  .openapi('SetAutoApprovalLimitsRequest');

export const autoApprovalLimitsSchema = z
  .object({ limits: z.array(limitSchema.extend({ updatedAt: timestamp })) })
  .openapi('AutoApprovalLimits');

export const autoApprovalLimitsJson = (rows: AutoApprovalLimit[]): z.infer<typeof autoApprovalLimitsSchema> => ({
  limits: rows.map((r) => ({ currency: r.currency, limitMinor: r.limitMinor, updatedAt: iso(r.updatedAt) })),
});
