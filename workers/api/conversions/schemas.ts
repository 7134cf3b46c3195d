import { z } from '@hono/zod-openapi';
import { CommissionKind, CommissionStatus, RecordedEventType, ConversionStatus } from '../../../schema/enums';
import { COMMISSION_SORTS, CONVERSION_SORTS, DEFAULT_EVENT_SORT } from '../../contracts/list-sort';
import { currencyCode, idParam, orgParams, pageQuery, uniqueBy } from '../shared/schemas';

export const conversionParams = orgParams.extend({ conversionId: idParam('conversionId') });

const occurredBound = (edge: string) =>
  z.iso.datetime({ offset: true }).optional().describe(`occurredAt ${edge}, inclusive, ISO 8601`);

/** Filters an affiliate may use too; the advertiser adds affiliateId and attributed. */
export const myConversionsQuery = pageQuery.extend({
  status: z.enum(ConversionStatus).optional().describe('flagged: waiting for review'),
  type: z.enum(RecordedEventType).optional(),
  programId: z.uuid().optional(),
  from: occurredBound('from'),
  to: occurredBound('to'),
  sort: z
    .enum(CONVERSION_SORTS)
    .default(DEFAULT_EVENT_SORT)
    .describe(
      'Order of the list; a leading - is descending. Default -occurredAt: when the event happened, newest first. Ties break on the id; keep the same sort while paging',
    ),
});

export const conversionsQuery = myConversionsQuery.extend({
  affiliateId: z.uuid().optional(),
  appId: z.uuid().optional().describe('Only events reported by this app'),
  attributed: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: credited to an affiliate; false: nobody (yet)'),
});

const commissionFilters = pageQuery.extend({
  status: z.enum(CommissionStatus).optional(),
  programId: z.uuid().optional(),
  kind: z.enum(CommissionKind).optional().describe('adjustment: a reversal after a refund, cancellation or rejection'),
  currency: currencyCode.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe("The conversion's occurredAt from, inclusive, ISO 8601"),
  to: z.iso.datetime({ offset: true }).optional().describe("The conversion's occurredAt to, inclusive, ISO 8601"),
  sort: z
    .enum(COMMISSION_SORTS)
    .default(DEFAULT_EVENT_SORT)
    .describe(
      "Order of the list; a leading - is descending. Default -occurredAt: when the line's conversion happened, newest first. Ties break on the id; keep the same sort while paging",
    ),
});

export const commissionsQuery = commissionFilters.extend({
  beneficiaryId: z.uuid().optional().describe('The affiliate paid by the line'),
});

export const myCommissionsQuery = commissionFilters.extend({
  level: z.coerce
    .number()
    .int()
    .min(0)
    .max(3)
    .optional()
    .describe('0: your own conversions; 1–3: your referrals’ (upline levels)'),
});

export const approveBody = z
  .strictObject({ reason: z.string().trim().min(1).max(500).optional().describe('A note for the audit log') })
  .openapi('ApproveConversion');

export const rejectBody = z
  .strictObject({ reason: z.string().trim().min(1).max(500).describe('Shown to the affiliate') })
  .openapi('RejectConversion');

/** The most conversions one bulk decision takes: each is its own transaction, and the answer lists them all. */
export const MAX_BULK_REVIEW = 100;

const bulkIds = z
  .array(z.uuid())
  .min(1)
  .max(MAX_BULK_REVIEW)
  .superRefine(uniqueBy((id: string) => id, 'The conversion'))
  .describe(`1–${MAX_BULK_REVIEW} conversion ids, each once`);

export const bulkReviewBody = z
  .discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('approve'),
      conversionIds: bulkIds,
      reason: z.string().trim().min(1).max(500).optional().describe('A note for the audit log'),
    }),
    z.strictObject({
      decision: z.literal('reject'),
      conversionIds: bulkIds,
      reason: z.string().trim().min(1).max(500).describe('Shown to the affiliate'),
    }),
  ])
  .openapi('BulkReviewConversions');

export const bulkReviewResult = z
  .object({
    items: z.array(
      z.object({
        conversionId: z.uuid(),
        ok: z.boolean(),
        status: z.enum(ConversionStatus).optional().describe('The conversion after the decision, when it was made'),
        error: z
          .object({ code: z.string(), message: z.string() })
          .optional()
          .describe('Why this one was not decided: not_found (not yours) or conflict (already decided)'),
      }),
    ),
    decided: z.number().int().describe('How many conversions the decision moved'),
    refused: z.number().int().describe('How many it did not (see their error)'),
  })
  .openapi('BulkReviewResult');
