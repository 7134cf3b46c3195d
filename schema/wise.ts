import { index, jsonb, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { payoutItems } from './payouts';
import { affiliate, logs } from './pg-schemas';
import { users } from './users';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * An advertiser's own Wise account for bank-transfer payouts: the API token (sealed by the app,
 * workers/services/encryption.ts, since every call needs it in clear) and the profile it sends and funds from,
 * chosen among the profiles the token reaches (GET /v2/profiles). One per organization; without it the
 * deployment's WISE_API_TOKEN and WISE_PROFILE_ID pay, if set. Webhooks stay the deployment's: Wise signs them with
 * its own key, one per environment.
 */
export const orgWiseAccounts = affiliate.table(
  'org_wise_accounts',
  {
    /** The advertiser; one account each. */
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The API token, encrypted. */
    apiTokenEncrypted: text().notNull(),
    /** The token's last four characters, to tell tokens apart. */
    apiTokenLast4: text().notNull(),
    /** The Wise profile transfers are created and funded from. */
    profileId: text().notNull(),
    /** PERSONAL or BUSINESS, as Wise said when it was chosen. */
    profileType: text().notNull(),
    /** The profile's name as Wise said when it was chosen (the business or the person). */
    profileName: text().notNull(),
    /** Who connected or last replaced it. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('org_wise_accounts_updated_by_id_idx').on(t.updatedById)],
);

/**
 * The Wise recipient account (POST /v1/accounts) an affiliate set up for one advertiser: Wise holds the bank
 * details; we keep its id and what the affiliate may see again (holder, currency, type, a masked summary).
 */
export const wiseRecipients = affiliate.table(
  'wise_recipients',
  {
    /** The affiliate paid. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The advertiser that pays them; one recipient per pair. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Wise's recipient account id. */
    accountId: text().notNull(),
    /** The currency the affiliate receives (ISO 4217), the quote's target. */
    currency: text().notNull(),
    /** The country the affiliate is paid in (ISO 3166 alpha-2). */
    country: text().notNull(),
    /** Wise's account-requirements type, e.g. iban, sort_code, aba. */
    type: text().notNull(),
    /** The account holder's name as given to Wise. */
    accountHolderName: text().notNull(),
    /** The account's last characters, to recognise it ("•••• 1234"). */
    summary: text().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.affiliateId, t.organizationId] }),
    index('wise_recipients_organization_id_idx').on(t.organizationId),
  ],
);

/**
 * The Wise transfer of one payout item. Its customerTransactionId is derived from the item id, so Wise answers
 * a repeated create with the first transfer; this row records the transfer once we know it, and whether we
 * funded it from the balance.
 */
export const wiseTransfers = affiliate.table(
  'wise_transfers',
  {
    /** The item paid; one transfer each. */
    payoutItemId: uuid()
      .primaryKey()
      .references(() => payoutItems.id, { onDelete: 'restrict' }),
    /** The idempotency key sent to Wise (a UUID derived from the item id). */
    customerTransactionId: uuid().notNull(),
    /** The quote the transfer was created from. */
    quoteId: text().notNull(),
    /** Wise's transfer id. */
    transferId: text().notNull(),
    /** The transfer's state as last read or received (incoming_payment_waiting, processing, outgoing_payment_sent…). */
    state: text().notNull(),
    /** When funding from the balance was accepted (COMPLETED); NULL: not funded yet. */
    fundedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [unique('wise_transfers_transfer_id_unique').on(t.transferId)],
);

/** Every verified Wise webhook delivery, stored once by its content (transfer, state, time). */
export const wiseEvents = logs.table(
  'wise_events',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** transfer id, new state and occurred_at: a redelivery of the same change is the same key. */
    eventKey: text().notNull(),
    /** e.g. transfers#state-change. */
    eventType: text().notNull(),
    /** The event as received. */
    payload: jsonb().notNull(),
    /** When it was applied. */
    processedAt: timestamptz(),
    /** Why it was not applied (ignored, unknown_transfer); NULL when it was. */
    error: text(),
    /** When the delivery arrived. */
    receivedAt: createdAt(),
  },
  (t) => [unique('wise_events_event_key_unique').on(t.eventKey), index('wise_events_received_at_idx').on(t.receivedAt)],
);

export type OrgWiseAccount = typeof orgWiseAccounts.$inferSelect;
export type WiseRecipient = typeof wiseRecipients.$inferSelect;
export type WiseTransfer = typeof wiseTransfers.$inferSelect;
