import { sql } from 'drizzle-orm';
import { check, index, integer, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { commissions } from './commissions';
import { PayoutBatchStatus, PayoutItemStatus, PayoutPartStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { currency, id, money, timestamps, timestamptz } from './util/columns';

// One PayPal mass payout of one advertiser in one currency. Its id is PayPal's sender_batch_id,
// so re-sending after a crash or a 5xx is rejected by PayPal instead of paying twice.
export const payoutBatches = affiliate.table(
  'payout_batches',
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    currency: currency(),
    status: text({ enum: PayoutBatchStatus }).notNull().default('proposed'),
    totalMinor: money(),
    itemCount: integer().notNull(),
    proposedAt: timestamptz().notNull().defaultNow(),
    approvedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    approvedAt: timestamptz(),
    sentAt: timestamptz(),
    completedAt: timestamptz(),
    paypalBatchId: text(),
    paypalStatus: text(),
    lastError: text(),
    // NULL: proposed by the daily cron. Kept apart from the approver and the sender, because
    // creating, approving and sending are separate duties (PAYOUT_REQUIRE_SEPARATE_SENDER).
    createdById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    sentById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
  },
  (t) => [
    unique('payout_batches_paypal_batch_id_unique').on(t.paypalBatchId),
    index('payout_batches_organization_id_status_idx').on(t.organizationId, t.status),
    index('payout_batches_approved_by_id_idx').on(t.approvedById),
    index('payout_batches_created_by_id_idx').on(t.createdById),
    index('payout_batches_sent_by_id_idx').on(t.sentById),
    // At most one open proposal per advertiser and currency, so concurrent cron runs converge.
    uniqueIndex('payout_batches_one_proposed_idx')
      .on(t.organizationId, t.currency)
      .where(sql`${t.status} = 'proposed'`),
    checkIn('payout_batches_status_check', t.status, PayoutBatchStatus),
    check('payout_batches_totals_check', sql`${t.totalMinor} >= 0 AND ${t.itemCount} >= 0`),
  ],
);

// What one affiliate receives in one batch: the net of the commissions linked to it.
export const payoutItems = affiliate.table(
  'payout_items',
  {
    id: id(),
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'restrict' }),
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    amountMinor: money(),
    currency: currency(),
    // The PayPal email at proposal time: a later profile change must not redirect this money.
    receiverEmail: text().notNull(),
    status: text({ enum: PayoutItemStatus }).notNull().default('pending'),
    paypalItemId: text(),
    paypalTransactionId: text(),
    failureReason: text(),
    // Which PayPal call (payout_batch_parts.part) carries this item; fixed when the batch is approved.
    part: integer().notNull().default(0),
    paidAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    // Leads with batch_id, so it also serves as that foreign key's index.
    unique('payout_items_batch_id_affiliate_id_currency_unique').on(t.batchId, t.affiliateId, t.currency),
    unique('payout_items_paypal_item_id_unique').on(t.paypalItemId),
    index('payout_items_affiliate_id_idx').on(t.affiliateId),
    index('payout_items_organization_id_idx').on(t.organizationId),
    checkIn('payout_items_status_check', t.status, PayoutItemStatus),
    check('payout_items_amount_minor_check', sql`${t.amountMinor} > 0`),
  ],
);

// Which commissions a payout item pays. commission_id is the primary key: a commission is in at
// most one payout item, whatever retries or concurrent proposals happen. A failed or returned
// item deletes its rows in the same transaction that returns the money to the balance, so those
// commissions can be paid again later.
export const payoutItemCommissions = affiliate.table(
  'payout_item_commissions',
  {
    payoutItemId: uuid()
      .notNull()
      .references(() => payoutItems.id, { onDelete: 'restrict' }),
    commissionId: uuid()
      .primaryKey()
      .references(() => commissions.id, { onDelete: 'restrict' }),
  },
  (t) => [index('payout_item_commissions_payout_item_id_idx').on(t.payoutItemId)],
);

// One PayPal create-payout call of a batch. sender_batch_id is `${batchId}` for part 0 and
// `${batchId}-${part}` after it: PayPal refuses a sender_batch_id used in the last 30 days, so a
// retried or concurrent send of the same part can never pay twice.
export const payoutBatchParts = affiliate.table(
  'payout_batch_parts',
  {
    id: id(),
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'restrict' }),
    part: integer().notNull(),
    senderBatchId: text().notNull(),
    status: text({ enum: PayoutPartStatus }).notNull().default('pending'),
    paypalBatchId: text(),
    paypalStatus: text(),
    itemCount: integer().notNull(),
    totalMinor: money(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamptz(),
    lastPolledAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('payout_batch_parts_batch_id_part_unique').on(t.batchId, t.part),
    unique('payout_batch_parts_sender_batch_id_unique').on(t.senderBatchId),
    unique('payout_batch_parts_paypal_batch_id_unique').on(t.paypalBatchId),
    checkIn('payout_batch_parts_status_check', t.status, PayoutPartStatus),
  ],
);

export type PayoutBatch = typeof payoutBatches.$inferSelect;
export type PayoutBatchPart = typeof payoutBatchParts.$inferSelect;
export type PayoutItem = typeof payoutItems.$inferSelect;
export type PayoutItemCommission = typeof payoutItemCommissions.$inferSelect;
