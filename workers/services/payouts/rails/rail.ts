import type { SQL } from 'drizzle-orm';
import type { PayoutBatchPart } from '../../../../schema';
import type { PayoutRail as RailName } from '../../../../schema/enums';
import type { ServiceCall } from '../../../context';
import type { DestinationOutcome } from '../../../domain/payout-destination';
import type { RailFacts } from '../../../domain/payout-rails';

/** What sending one claimed part came to: sent, maybe sent (the recovery cron asks again), or refused. */
export type PartOutcome = 'sent' | 'unsure' | 'failed';

/** A sent part the polling cron reads back. */
export interface SentPart {
  id: string;
  batchId: string;
  part: number;
  paypalBatchId: string | null;
}

/**
 * One payout rail: a provider that moves an advertiser's money to an affiliate. The payouts area
 * (proposal, approval, sending, polling, completion) is the same for every rail and asks the rail,
 * through ./registry.ts, for the parts that differ. `Account` is what the rail pays from (the
 * organization's own connection, else the deployment's); `Webhook` is its webhook verb's input.
 * A new rail is a folder beside paypal/ and stripe/ and one line in ./registry.ts (docs/payout-rails.md).
 */
export interface PayoutRail<Account = unknown, Webhook = unknown> {
  name: RailName;
  /** Countries, currencies, built-in fee, part size: the pure rules (domain/payout-rails.ts). */
  facts: RailFacts;
  /** The account the organization pays from on this rail, or null when it has none. */
  resolveAccount: (call: ServiceCall<{ organizationId: string }>) => Promise<Account | null>;
  /** The same, refusing with the rail's own *_not_configured error when there is none. */
  requireAccount: (call: ServiceCall<{ organizationId: string }>) => Promise<Account>;
  /**
   * Whether the advertiser offers this rail to its affiliates (the method picker greys it out otherwise):
   * it has what paying on the rail needs.
   */
  offeredBy: (call: ServiceCall<{ organizationId: string }>) => Promise<boolean>;
  /**
   * The currencies the advertiser's provider account can pay now, for an affiliate in `country` (null: any), where
   * the provider says so (a catalog): narrower than facts.currencies. Absent, or null: the facts' list.
   */
  offeredCurrencies?: (
    call: ServiceCall<{ organizationId: string; country: string | null }>,
  ) => Promise<string[] | null>;
  /**
   * Where the next item of each of these affiliates (who chose this rail with the advertiser, or the default
   * rail) goes, or why they wait in the balance; one entry per affiliate. Runs inside the proposal's
   * transaction; the currency was checked against the rail's facts already.
   */
  destinations: (
    call: ServiceCall<{ organizationId: string; currency: string; affiliateIds: string[] }>,
  ) => Promise<Map<string, DestinationOutcome>>;
  /**
   * Sends one claimed part (payouts' claimPayoutPart): pays its pending items, records what the
   * provider answered, fails and returns to the balance the items it refused.
   */
  sendPart: (
    call: ServiceCall<{ account: Account; part: PayoutBatchPart; currency: string; organizationId: string }>,
  ) => Promise<PartOutcome>;
  /** Which of the rail's sent parts the polling cron reads back (a condition on payout_batch_parts; undefined: all). */
  pollableWhere: SQL | undefined;
  /** Reads a sent part's results back and settles what changed (paid, failed, returned); the number applied. */
  pollPart: (call: ServiceCall<{ account: Account; part: SentPart }>) => Promise<number>;
  /** The rail's webhook verb: verifies, stores once and applies a provider event (its route lives in api/). */
  receiveWebhook: (call: ServiceCall<Webhook>) => Promise<unknown>;
}
