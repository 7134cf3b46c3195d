import { z } from '@hono/zod-openapi';
import { RECONCILIATION_DIFFERENCES } from '../../domain/payout-reconciliation';
import type { ReconciledItem } from '../../services/payouts';
import { iso, page, timestamp } from '../shared/schemas';
import { itemView, partSchema, payoutBatchSchema, payoutItemSchema } from './views';

const reportedSchema = z
  .object({
    eventType: z.string().describe('The webhook event, e.g. PAYMENT.PAYOUTS-ITEM.UNCLAIMED'),
    receivedAt: timestamp,
    transactionStatus: z.string().describe('PayPal’s transaction_status'),
    amountValue: z.string().nullable().describe('PayPal’s amount.value, in major units'),
    currency: z.string().nullable(),
    receiver: z.string().nullable(),
    transactionId: z.string().nullable(),
  })
  .openapi('PayPalItemReport');

const reconciledItemSchema = z
  .object({
    item: payoutItemSchema,
    reported: reportedSchema.nullable().describe('null: PayPal has not reported this item by webhook'),
    differences: z.array(z.enum(RECONCILIATION_DIFFERENCES)).describe('Fields where the report and our record differ'),
  })
  .openapi('ReconciledPayoutItem');

export const reconciledItemView = (row: ReconciledItem): z.infer<typeof reconciledItemSchema> => ({
  item: itemView(row),
  reported: row.reported && { ...row.reported, receivedAt: iso(row.reported.receivedAt) },
  differences: row.differences,
});

export const payoutReconciliation = z
  .object({
    batch: payoutBatchSchema,
    parts: z.array(partSchema),
    items: page(reconciledItemSchema, 'ReconciledPayoutItemPage'),
  })
  .openapi('PayoutReconciliation');
