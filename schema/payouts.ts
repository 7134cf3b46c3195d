import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { commissions } from './commissions';
import { PayoutBatchStatus, PayoutItemStatus, PayoutPartStatus, PayoutRail } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { currency, id, money, timestamps, timestamptz } from './util/columns';

/**
 * One PayPal mass payout of one advertiser in one currency. Its id is PayPal's sender_batch_id,
 * so re-sending after a crash or a 5xx is rejected by PayPal instead of paying twice.
 */
export const payoutBatches = affiliate.table(
  'payout_batches',
  {
    /** UUIDv7 primary key; also PayPal's sender_batch_id of part 0. */
    id: id(),
    /** The paying advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** ISO 4217 currency of every item. */
    currency: currency(),
    /**
     * proposed (open, still collecting balances), approved (locked, ready to send), sending, sent
     * (accepted by PayPal), completed (every item final), failed or canceled (before sending).
     */
    status: text({ enum: PayoutBatchStatus }).notNull().default('proposed'),
    /** Sum of the items, in minor units. */
    totalMinor: money(),
    /** Number of items. */
    itemCount: integer().notNull(),
    /** When the batch was proposed. */
    proposedAt: timestamptz().notNull().defaultNow(),
    /** The staff member who approved it. */
    approvedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /** When it was approved. */
    approvedAt: timestamptz(),
    /** When it was sent to PayPal. */
    sentAt: timestamptz(),
    /** When every item reached a final status. */
    completedAt: timestamptz(),
    /** PayPal's payout_batch_id of part 0. */
    paypalBatchId: text(),
    /** PayPal's batch status, as last reported. */
    paypalStatus: text(),
    /** The last error sending or polling, for staff. */
    lastError: text(),
    /**
     * Who proposed it; NULL: the daily cron. Kept apart from the approver and the sender, because
     * creating, approving and sending are separate duties (PAYOUT_REQUIRE_SEPARATE_SENDER).
     */
    createdById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /**
     * Set when the system approved it under the advertiser's auto-approval limit (this limit, minor units);
     * approvedById is then NULL. NULL: a person approved it, or nobody yet.
     */
    autoApprovedLimitMinor: bigint({ mode: 'number' }),
    /** The staff member who sent it. */
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

/** What one affiliate receives in one batch: the net of the commissions linked to it. */
export const payoutItems = affiliate.table(
  'payout_items',
  {
    /** UUIDv7 primary key; PayPal's sender_item_id. */
    id: id(),
    /** The batch it is paid in. */
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'restrict' }),
    /** The affiliate paid. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The paying advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** Net amount paid, in minor units; always positive. */
    amountMinor: money(),
    /** ISO 4217 currency, the batch's. */
    currency: currency(),
    /** paypal or stripe: the affiliate's chosen method for this advertiser when the item was proposed. */
    rail: text({ enum: PayoutRail }).notNull().default('paypal'),
    /** The PayPal email at proposal time (paypal items): a later profile change must not redirect this money. */
    receiverEmail: text(),
    /** The connected Express account at proposal time (stripe items), for the same reason. */
    stripeAccountId: text(),
    /**
     * Any other rail's payee at proposal time (a recipient id, a gift-card email, an external payee): what the
     * rail's destinations step chose (docs/payout-rails.md), so a later change of method does not redirect it.
     */
    destinationRef: text(),
    /** Stripe's transfer id once the transfer exists; the transfer's Idempotency-Key is derived from our id. */
    stripeTransferId: text(),
    /** What the rail charges the advertiser for this item (domain/payout-rails.ts), in minor units; not deducted. */
    feeMinor: bigint({ mode: 'number' }).notNull().default(0),
    /**
     * pending (not final yet), then PayPal's item status: success (paid), unclaimed (no PayPal
     * account yet) or onhold; failed, returned, blocked, refunded, reversed, denied and canceled
     * return the money to the affiliate's balance.
     */
    status: text({ enum: PayoutItemStatus }).notNull().default('pending'),
    /** PayPal's payout_item_id. */
    paypalItemId: text(),
    /** PayPal's transaction id, once paid. */
    paypalTransactionId: text(),
    /** PayPal's error for a failed item, or why staff excluded it. */
    failureReason: text(),
    /** PayPal's error name for a failed item (RECEIVER_UNREGISTERED…): the dashboard's sentence is chosen by it. */
    failureCode: text(),
    /** Which PayPal call (payout_batch_parts.part) carries this item; fixed when the batch is approved. */
    part: integer().notNull().default(0),
    /** When PayPal reported success. */
    paidAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    // Leads with batch_id, so it also serves as that foreign key's index.
    unique('payout_items_batch_id_affiliate_id_currency_unique').on(t.batchId, t.affiliateId, t.currency),
    unique('payout_items_paypal_item_id_unique').on(t.paypalItemId),
    unique('payout_items_stripe_transfer_id_unique').on(t.stripeTransferId),
    index('payout_items_affiliate_id_idx').on(t.affiliateId),
    index('payout_items_organization_id_idx').on(t.organizationId),
    checkIn('payout_items_status_check', t.status, PayoutItemStatus),
    checkIn('payout_items_rail_check', t.rail, PayoutRail),
    // Each rail's destination is fixed at proposal time; an item without one could not be sent.
    check(
      'payout_items_destination_check',
      sql`(${t.rail} = 'paypal' AND ${t.receiverEmail} IS NOT NULL) OR (${t.rail} = 'stripe' AND ${t.stripeAccountId} IS NOT NULL) OR (${t.rail} NOT IN ('paypal', 'stripe') AND ${t.destinationRef} IS NOT NULL)`,
    ),
    check('payout_items_fee_minor_check', sql`${t.feeMinor} >= 0`),
    check('payout_items_amount_minor_check', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * Which commissions a payout item pays. commission_id is the primary key: a commission is in at
 * most one payout item, whatever retries or concurrent proposals happen. A failed or returned
 * item deletes its rows in the same transaction that returns the money to the balance, so those
 * commissions can be paid again later.
 */
export const payoutItemCommissions = affiliate.table(
  'payout_item_commissions',
  {
    /** The item that pays the commission. */
    payoutItemId: uuid()
      .notNull()
      .references(() => payoutItems.id, { onDelete: 'restrict' }),
    /** The commission paid (or, for an adjustment, netted). */
    commissionId: uuid()
      .primaryKey()
      .references(() => commissions.id, { onDelete: 'restrict' }),
  },
  (t) => [index('payout_item_commissions_payout_item_id_idx').on(t.payoutItemId)],
);

/**
 * One PayPal create-payout call of a batch (a batch over PayPal's 15,000-item limit is sent in
 * parts). sender_batch_id is `${batchId}` for part 0 and `${batchId}-${part}` after it: PayPal
 * refuses a sender_batch_id used in the last 30 days, so a retried or concurrent send of the same
 * part can never pay twice.
 */
export const payoutBatchParts = affiliate.table(
  'payout_batch_parts',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The batch the part belongs to. */
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'restrict' }),
    /** Part number, 0 first. */
    part: integer().notNull(),
    /** paypal: one mass-payout call; stripe: one transfer per item, each with its own Idempotency-Key. */
    rail: text({ enum: PayoutRail }).notNull().default('paypal'),
    /** The sender_batch_id sent to PayPal, PayPal's guard against paying twice. */
    senderBatchId: text().notNull(),
    /**
     * pending, sending (claimed by one sender), sent (accepted by PayPal), completed (its items
     * final) or failed (PayPal refused it).
     */
    status: text({ enum: PayoutPartStatus }).notNull().default('pending'),
    /** PayPal's payout_batch_id for this call. */
    paypalBatchId: text(),
    /** PayPal's batch status, as last reported. */
    paypalStatus: text(),
    /** Number of items in the part. */
    itemCount: integer().notNull(),
    /** Sum of its items, in minor units. */
    totalMinor: money(),
    /** Send attempts so far. */
    attempts: integer().notNull().default(0),
    /** The last error sending or polling. */
    lastError: text(),
    /** When PayPal accepted the call. */
    sentAt: timestamptz(),
    /** When its status was last fetched from PayPal. */
    lastPolledAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('payout_batch_parts_batch_id_part_unique').on(t.batchId, t.part),
    unique('payout_batch_parts_sender_batch_id_unique').on(t.senderBatchId),
    unique('payout_batch_parts_paypal_batch_id_unique').on(t.paypalBatchId),
    checkIn('payout_batch_parts_status_check', t.status, PayoutPartStatus),
    checkIn('payout_batch_parts_rail_check', t.rail, PayoutRail),
  ],
);

export type PayoutBatch = typeof payoutBatches.$inferSelect;
export type PayoutBatchPart = typeof payoutBatchParts.$inferSelect;
export type PayoutItem = typeof payoutItems.$inferSelect;
export type PayoutItemCommission = typeof payoutItemCommissions.$inferSelect;
