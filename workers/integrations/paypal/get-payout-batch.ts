import { z } from 'zod';
import type { PayPalConfig } from './paypal-config';
import { itemErrorFrom, paypalItemErrorBody, requestErrorFrom, type PayPalItemError } from './paypal-errors';
import { paypalRequest } from './paypal-request';

/** PayPal's largest page_size for a payout's items. */
export const MAX_PAGE_SIZE = 1_000;

export interface PayoutItemResult {
  payoutItemId: string;
  /** Null only for items not sent by us (PayPal makes sender_item_id optional). */
  senderItemId: string | null;
  /** SUCCESS, FAILED, PENDING, UNCLAIMED, RETURNED, ONHOLD, BLOCKED, REFUNDED, REVERSED. */
  transactionStatus: string;
  transactionId: string | null;
  error: PayPalItemError | null;
}

export interface PayoutBatchPage {
  batchStatus: string;
  senderBatchId: string;
  totalPages: number;
  items: PayoutItemResult[];
}

const batchResponse = z.object({
  total_pages: z.number().int().nonnegative().optional(),
  batch_header: z.object({
    payout_batch_id: z.string(),
    batch_status: z.string(),
    sender_batch_header: z.object({ sender_batch_id: z.string() }),
  }),
  items: z
    .array(
      z.object({
        payout_item_id: z.string(),
        // PayPal omits the status while the batch is still PENDING.
        transaction_status: z.string().optional(),
        transaction_id: z.string().optional(),
        payout_item: z.object({ sender_item_id: z.string().optional() }),
        errors: paypalItemErrorBody.optional(),
      }),
    )
    .optional(),
});

/** One page of a payout's results (`GET /v1/payments/payouts/{id}`, total_required=true). */
export async function getPayoutBatch(
  cfg: PayPalConfig,
  payoutBatchId: string,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<PayoutBatchPage> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, got ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw new RangeError(`pageSize must be 1–${MAX_PAGE_SIZE}, got ${pageSize}`);
  const query = new URLSearchParams({ page: String(page), page_size: String(pageSize), total_required: 'true' });
  const res = await paypalRequest(cfg, {
    method: 'GET',
    path: `/v1/payments/payouts/${encodeURIComponent(payoutBatchId)}?${query}`,
  });
  if (res.status !== 200) throw requestErrorFrom(res);
  const body = batchResponse.parse(res.body);
  return {
    batchStatus: body.batch_header.batch_status,
    senderBatchId: body.batch_header.sender_batch_header.sender_batch_id,
    totalPages: body.total_pages ?? 1,
    items: (body.items ?? []).map((item) => ({
      payoutItemId: item.payout_item_id,
      senderItemId: item.payout_item.sender_item_id ?? null,
      transactionStatus: item.transaction_status ?? 'PENDING',
      transactionId: item.transaction_id ?? null,
      error: itemErrorFrom(item.errors),
    })),
  };
}

/** Every item of a payout, walking all pages at PayPal's largest page size. */
export async function listAllPayoutItems(
  cfg: PayPalConfig,
  payoutBatchId: string,
): Promise<{ batchStatus: string; senderBatchId: string; items: PayoutItemResult[] }> {
  const first = await getPayoutBatch(cfg, payoutBatchId, { page: 1, pageSize: MAX_PAGE_SIZE });
  const items = [...first.items];
  let { batchStatus } = first;
  for (let page = 2; page <= first.totalPages; page++) {
    const next = await getPayoutBatch(cfg, payoutBatchId, { page, pageSize: MAX_PAGE_SIZE });
    items.push(...next.items);
    // Later pages are newer reads; their batch status is the freshest one.
    batchStatus = next.batchStatus;
  }
  return { batchStatus, senderBatchId: first.senderBatchId, items };
}
