import { z } from '@hono/zod-openapi';
import { PayoutBatchStatus, PayoutItemStatus } from '../../../schema/enums';
import { idParam, orgParams, pageQuery } from '../shared/schemas';

export const batchParams = orgParams.extend({ batchId: idParam('batchId') });
export const itemParams = batchParams.extend({ itemId: idParam('itemId') });

export const excludeItemBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(500).optional().describe('Why the item is taken out; kept in the audit log'),
  })
  .openapi('ExcludePayoutItem');

export const batchesQuery = pageQuery.extend({ status: z.enum(PayoutBatchStatus).optional() });
export const itemsQuery = pageQuery.extend({
  cursor: z.uuid().optional().describe('items.nextCursor of the previous page'),
});

/** Sends a CSV as a download. */

export const externalResultBody = z
  .strictObject({
    outcome: z.enum(['paid', 'failed']).describe('paid: you paid it in your own system; failed: you could not'),
    reference: z.string().trim().min(1).max(200).optional().describe('Your own id of the payment, kept with the item'),
    reason: z.string().trim().min(1).max(500).optional().describe('Why it failed; shown to your finance team'),
  })
  .openapi('ExternalPayoutResult');

export const externalResultView = z
  .object({
    id: z.uuid(),
    status: z.enum(PayoutItemStatus).describe('success once paid; failed once failed (its money back in the balance)'),
    amountMinor: z.number().int(),
    currency: z.string(),
    reference: z.string().nullable().describe('Your reference of the payment'),
    paidAt: z.iso.datetime().nullable(),
    failureReason: z.string().nullable(),
  })
  .openapi('ExternalPayoutItem');
