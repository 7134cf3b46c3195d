import { notFound, paypalError, validationError, type Reply } from './http';
import { scheduleProcessing } from './processing';
import { batchLink, renderBatchHeader, renderItem } from './render';
import {
  type Account,
  paypalId,
  type PayoutBatch,
  type PayPalServerOptions,
  type ServerState,
  senderKey,
} from './state';
import { duplicateItem, validatePayout } from './validate-payout';
import type { Signer } from './webhooks';

/**
 * `POST /v1/payments/payouts`. A sender_batch_id seen before is refused with PayPal's
 * USER_BUSINESS_ERROR naming it and linking to the original payout (in `details[].link`, where
 * PayPal puts it, and in `links`); PayPal-Request-Id is not what dedupes payouts.
 */
export function createPayout(
  state: ServerState,
  opts: PayPalServerOptions,
  signer: Signer,
  account: Account,
  body: unknown,
  origin: string,
): Reply {
  const checked = validatePayout(body);
  if (!checked.ok) return validationError(checked.details);
  const { request } = checked;
  const dup = duplicateItem(request);
  if (dup) {
    return paypalError(400, 'DUPLICATE_ITEM', 'A sender_item_id is repeated within the batch', [
      {
        field: `items[${dup.index}].sender_item_id`,
        value: dup.senderItemId,
        location: 'body',
        issue: 'Duplicate sender_item_id in the batch',
      },
    ]);
  }
  const senderBatchId = request.sender_batch_header.sender_batch_id;
  const existingId =
    senderBatchId === undefined
      ? undefined
      : state.batchIdBySenderBatchId.get(senderKey(account.clientId, senderBatchId));
  const existing = existingId === undefined ? undefined : state.batches.get(existingId);
  if (existing) {
    const link = { ...batchLink(origin, existing), encType: 'application/json' };
    return paypalError(
      400,
      'USER_BUSINESS_ERROR',
      'User business error.',
      [
        {
          field: 'SENDER_BATCH_ID',
          value: senderBatchId,
          location: 'body',
          issue: `Batch with given sender_batch_id ${senderBatchId} already exists`,
          link: [link],
        },
      ],
      [link],
    );
  }

  const payoutBatchId = paypalId(13);
  const batch: PayoutBatch = {
    payoutBatchId,
    account: account.clientId,
    senderBatchId,
    emailSubject: request.sender_batch_header.email_subject,
    emailMessage: request.sender_batch_header.email_message,
    status: 'PENDING',
    timeCreated: new Date().toISOString(),
    timeCompleted: null,
    items: request.items.map((item) => ({
      payoutItemId: paypalId(13),
      payoutBatchId,
      senderBatchId,
      senderItemId: item.sender_item_id,
      receiver: item.receiver,
      amount: item.amount,
      note: item.note,
      status: 'PENDING',
      transactionId: null,
      timeProcessed: null,
      errors: null,
    })),
  };
  state.batches.set(payoutBatchId, batch);
  if (senderBatchId !== undefined)
    state.batchIdBySenderBatchId.set(senderKey(account.clientId, senderBatchId), payoutBatchId);
  for (const item of batch.items) state.items.set(item.payoutItemId, item);
  scheduleProcessing(state, opts, signer, account, batch);
  return {
    status: 201,
    body: {
      batch_header: {
        payout_batch_id: payoutBatchId,
        batch_status: batch.status,
        sender_batch_header: renderBatchHeader(batch).sender_batch_header,
      },
      links: [batchLink(origin, batch)],
    },
  };
}

/** `GET /v1/payments/payouts/{id}?page=&page_size=&total_required=`. */
export function getPayoutBatch(
  state: ServerState,
  account: Account,
  id: string,
  query: URLSearchParams,
  origin: string,
): Reply {
  const batch = state.batches.get(id);
  // Another app's payout does not exist for this one.
  if (!batch || batch.account !== account.clientId) return notFound();
  const page = intParam(query, 'page', 1);
  const pageSize = intParam(query, 'page_size', 1000);
  if (page === null || page < 1 || page > 1000)
    return validationError([{ field: 'page', location: 'query', issue: 'page must be an integer from 1 to 1000' }]);
  if (pageSize === null || pageSize < 1 || pageSize > 1000)
    return validationError([
      { field: 'page_size', location: 'query', issue: 'page_size must be an integer from 1 to 1000' },
    ]);
  const totalPages = Math.max(1, Math.ceil(batch.items.length / pageSize));
  const pageLink = (p: number, rel: string) => ({
    href: `${origin}/v1/payments/payouts/${id}?page=${p}&page_size=${pageSize}`,
    rel,
    method: 'GET',
    encType: 'application/json',
  });
  return {
    status: 200,
    body: {
      ...(query.get('total_required') === 'true' ? { total_items: batch.items.length, total_pages: totalPages } : {}),
      batch_header: renderBatchHeader(batch),
      items: batch.items.slice((page - 1) * pageSize, page * pageSize).map((item) => renderItem(item, origin)),
      links: [
        pageLink(page, 'self'),
        pageLink(1, 'first'),
        ...(page > 1 ? [pageLink(page - 1, 'previous')] : []),
        ...(page < totalPages ? [pageLink(page + 1, 'next')] : []),
        pageLink(totalPages, 'last'),
      ],
    },
  };
}

/** `GET /v1/payments/payouts-item/{payout_item_id}`. */
export function getPayoutItem(state: ServerState, account: Account, id: string, origin: string): Reply {
  const item = state.items.get(id);
  if (!item || state.batches.get(item.payoutBatchId)?.account !== account.clientId) return notFound();
  return { status: 200, body: { ...renderItem(item, origin), sender_batch_id: item.senderBatchId } };
}

function intParam(query: URLSearchParams, name: string, fallback: number): number | null {
  const raw = query.get(name);
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}
