import { z } from 'zod';
import { formatPayPalAmount } from './paypal-amount';
import type { PayPalConfig } from './paypal-config';
import { paypalErrorBody, requestErrorFrom, type PayPalErrorBody } from './paypal-errors';
import { paypalRequest } from './paypal-request';

/** PayPal's limit of items in one payout request; the caller splits larger batches. */
export const MAX_PAYOUT_ITEMS = 15_000;

export interface PayoutItemInput {
  /** Our id of the item; comes back on results and webhooks. At most 63 characters. */
  senderItemId: string;
  receiverEmail: string;
  /** ISO 4217 minor units; must be whole major units for JPY, HUF and TWD. */
  amountMinor: number;
  currency: string;
  note?: string;
}

export interface CreatePayoutInput {
  /** Our idempotency key: PayPal pays a sender_batch_id at most once within 30 days. */
  senderBatchId: string;
  emailSubject: string;
  emailMessage?: string;
  items: PayoutItemInput[];
}

export type CreatePayoutResult =
  | { kind: 'created'; payoutBatchId: string; batchStatus: string }
  /** PayPal already had a payout with this sender_batch_id (an earlier attempt went through). */
  | { kind: 'duplicate'; payoutBatchId: string; batchStatus: string };

const payoutHeader = z.object({
  batch_header: z.object({
    payout_batch_id: z.string().min(1),
    batch_status: z.string(),
    sender_batch_header: z.object({ sender_batch_id: z.string().optional() }).optional(),
  }),
});

/**
 * Creates a PayPal batch payout (`POST /v1/payments/payouts`). Retries of 5xx, 429 and timeouts
 * send the same sender_batch_id, so a request PayPal applied before failing comes back as its
 * "already used" rejection, which is resolved to the original payout (kind 'duplicate').
 * Throws RangeError for an empty or oversized batch or an amount PayPal cannot take,
 * PayPalUnavailableError when PayPal kept failing (the payout may exist: retry later with the
 * same senderBatchId), PayPalRequestError for any other refusal.
 */
export async function createPayout(cfg: PayPalConfig, input: CreatePayoutInput): Promise<CreatePayoutResult> {
  if (input.items.length === 0 || input.items.length > MAX_PAYOUT_ITEMS) {
    throw new RangeError(`a payout takes 1 to ${MAX_PAYOUT_ITEMS} items, got ${input.items.length}`);
  }
  const body = {
    sender_batch_header: {
      sender_batch_id: input.senderBatchId,
      recipient_type: 'EMAIL',
      email_subject: input.emailSubject,
      ...(input.emailMessage ? { email_message: input.emailMessage } : {}),
    },
    items: input.items.map((item) => ({
      recipient_type: 'EMAIL',
      amount: { value: formatPayPalAmount(item.amountMinor, item.currency), currency: item.currency.toUpperCase() },
      receiver: item.receiverEmail,
      sender_item_id: item.senderItemId,
      ...(item.note ? { note: item.note } : {}),
    })),
  };
  const res = await paypalRequest(cfg, {
    method: 'POST',
    path: '/v1/payments/payouts',
    body,
    headers: { 'PayPal-Request-Id': input.senderBatchId },
  });
  if (res.status === 201 || res.status === 200) {
    const { batch_header } = payoutHeader.parse(res.body);
    return { kind: 'created', payoutBatchId: batch_header.payout_batch_id, batchStatus: batch_header.batch_status };
  }
  const original = res.status === 400 ? originalPayoutPath(res.body) : null;
  if (!original) throw requestErrorFrom(res);
  const found = await paypalRequest(cfg, { method: 'GET', path: original });
  if (found.status !== 200) throw requestErrorFrom(found);
  const { batch_header } = payoutHeader.parse(found.body);
  const foundId = batch_header.sender_batch_header?.sender_batch_id;
  // The link must lead to our batch; anything else would record someone else's payout as ours.
  if (foundId !== undefined && foundId !== input.senderBatchId) {
    throw new Error(`PayPal's duplicate link led to sender_batch_id ${foundId}, not ${input.senderBatchId}`);
  }
  return { kind: 'duplicate', payoutBatchId: batch_header.payout_batch_id, batchStatus: batch_header.batch_status };
}

const PAYOUT_PATH = /^\/v1\/payments\/payouts\/[^/?#]+$/;

/**
 * For a "sender_batch_id already used" rejection, the path of the original payout from its HATEOAS
 * link. Only the path is kept: PayPal's links name api.paypal.com hosts that differ from the
 * configured base URL, and our bearer token must never go anywhere else.
 */
function originalPayoutPath(body: unknown): string | null {
  const parsed = paypalErrorBody.safeParse(body);
  if (!parsed.success || !isSenderBatchIdReused(parsed.data)) return null;
  const links = [
    ...(parsed.data.links ?? []),
    ...(parsed.data.details ?? []).flatMap((d) => [...(d.link ?? []), ...(d.links ?? [])]),
  ];
  for (const link of links) {
    try {
      const path = new URL(link.href, 'https://paypal.invalid').pathname;
      if (PAYOUT_PATH.test(path) && (link.method ?? 'GET').toUpperCase() === 'GET') return path;
    } catch {
      // not a URL: look at the next link
    }
  }
  return null;
}

function isSenderBatchIdReused(err: PayPalErrorBody): boolean {
  return (err.details ?? []).some(
    (d) => d.field?.toUpperCase() === 'SENDER_BATCH_ID' || /sender_batch_id/i.test(d.issue),
  );
}
