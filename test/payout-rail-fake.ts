import { and, asc, eq, sql } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, payoutMethods } from '../schema';
import type { PayoutRail as RailName } from '../schema/enums';
import { inTransaction } from '../workers/context';
import type { Db, Executor } from '../workers/db/client';
import type { DestinationOutcome } from '../workers/domain/payout-destination';
import { RAIL_FACTS, RAILS, type RailFacts } from '../workers/domain/payout-rails';
import { enqueueNotifications } from '../workers/services/notifications';
import { completePayoutBatch } from '../workers/services/payouts/complete-payout-batch';
import type { PayoutRail } from '../workers/services/payouts/rails/rail';
import { PAYOUT_RAILS } from '../workers/services/payouts/rails/registry';
import { settleItemResult } from '../workers/services/payouts/settle-item-result';

/**
 * A payout rail that lives only in the tests, to show the seam (docs/payout-rails.md): a provider
 * kept in memory that pays each item once by its id, whatever is asked twice, and answers a poll
 * with what it did. Registering it does what the recipe's steps do, without editing payouts code.
 */
export class FakeProvider {
  /** What the provider paid, by our item id: its idempotency key. */
  readonly paid = new Map<string, { payee: string; amountMinor: number }>();
  /** Every pay request, repeats included. */
  requests = 0;
  /** Payees the provider refuses: their item fails at the poll. */
  readonly refuse = new Set<string>();
  /** Throw once right after the provider accepted (a crash between its accept and our write). */
  crashAfterAccept = false;

  pay(itemId: string, payee: string, amountMinor: number) {
    this.requests++;
    if (!this.paid.has(itemId)) this.paid.set(itemId, { payee, amountMinor });
    if (this.crashAfterAccept) {
      this.crashAfterAccept = false;
      throw new Error('the process died after the provider accepted');
    }
  }
}

export const FAKE_FACTS: RailFacts = {
  label: 'Fake',
  servesCountry: () => true,
  currencies: new Set(['USD']),
  builtInFee: { bps: 100, fixedMinor: 10, capMinor: null, capCurrency: null },
  itemsPerPart: 2,
  watchDaysAfterSend: 0,
  notice: {
    to: { en: 'your fake wallet', ru: 'ваш тестовый кошелёк' },
    paid: {
      en: (money) => ({ title: `Payout of ${money} paid`, body: `${money} is in your fake wallet.` }),
      ru: (money) => ({ title: `Выплата ${money} зачислена`, body: `${money} в вашем тестовом кошельке.` }),
    },
  },
};

/** The fake rail over `provider`: an item per payee reference, sent per part, settled by polling. */
export function fakeRail(name: string, provider: FakeProvider): PayoutRail<{ accountId: string }, { itemId: string }> {
  const pendingOf = (db: Executor, part: { batchId: string; part: number }) =>
    db
      .select()
      .from(payoutItems)
      .where(
        and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
      )
      .orderBy(asc(payoutItems.id));
  return {
    name: name as RailName,
    facts: FAKE_FACTS,
    resolveAccount: async () => ({ accountId: 'fake-account' }),
    requireAccount: async () => ({ accountId: 'fake-account' }),
    offeredBy: async () => true,
    destinations: async ({ ctx, input }) => {
      const rows = await ctx.db
        .select({ affiliateId: payoutMethods.affiliateId, ref: payoutMethods.destinationRef })
        .from(payoutMethods)
        .where(eq(payoutMethods.organizationId, input.organizationId));
      const refs = new Map(rows.map((r) => [r.affiliateId, r.ref]));
      return new Map<string, DestinationOutcome>(
        input.affiliateIds.map((id) => {
          const ref = refs.get(id);
          return [
            id,
            ref
              ? { ok: true, destination: { receiverEmail: null, stripeAccountId: null, destinationRef: ref } }
              : { ok: false, hold: 'fake_wallet_missing' },
          ];
        }),
      );
    },
    sendPart: async ({ ctx, input: { part } }) => {
      for (const item of await pendingOf(ctx.db, part)) provider.pay(item.id, item.destinationRef!, item.amountMinor);
      await ctx.db
        .update(payoutBatchParts)
        .set({ status: 'sent', sentAt: ctx.now, updatedAt: ctx.now })
        .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, 'sending')));
      return 'sent';
    },
    pollableWhere: undefined,
    pollPart: async ({ ctx, input: { part } }) => {
      let applied = 0;
      for (const item of await pendingOf(ctx.db, part)) {
        const paid = provider.paid.get(item.id);
        if (!paid) continue;
        const refused = provider.refuse.has(paid.payee);
        const outcome = await inTransaction(ctx, (tx) =>
          settleItemResult({
            ctx: tx,
            input: {
              payoutItemId: item.id,
              paypalItemId: null,
              transactionStatus: refused ? 'FAILED' : 'SUCCESS',
              transactionId: null,
              error: refused ? { name: 'RECEIVER_REFUSED', message: 'the fake wallet is closed', debugId: null } : null,
            },
          }),
        );
        if (outcome.outcome === 'applied') applied++;
        if (outcome.notifications.length > 0)
          await enqueueNotifications({ ctx, input: { requests: outcome.notifications } });
      }
      await ctx.db
        .update(payoutBatchParts)
        .set({ lastPolledAt: ctx.now, updatedAt: ctx.now })
        .where(eq(payoutBatchParts.id, part.id));
      await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
      return applied;
    },
    receiveWebhook: async () => ({ received: true }),
  };
}

/**
 * Registers `rail` as the recipe does: its value allowed by the rail columns' CHECK constraints (what
 * `npm run db:generate` writes for a new enum value), its facts in RAIL_FACTS and its line in PAYOUT_RAILS.
 */
// biome-ignore lint/suspicious/noExplicitAny: as in the registry, each rail has its own account and webhook types
export async function registerRail(db: Db, rail: PayoutRail<any, any>): Promise<void> {
  const names = [...RAILS, rail.name].map((r) => `'${r}'`).join(', ');
  for (const [table, constraint] of [
    ['affiliate.payout_items', 'payout_items_rail_check'],
    ['affiliate.payout_batch_parts', 'payout_batch_parts_rail_check'],
    ['affiliate.payout_methods', 'payout_methods_rail_check'],
    ['affiliate.organization_rail_fees', 'organization_rail_fees_rail_check'],
  ] as const)
    await db.execute(
      sql.raw(
        `ALTER TABLE ${table} DROP CONSTRAINT ${constraint}, ADD CONSTRAINT ${constraint} CHECK (rail IN (${names}))`,
      ),
    );
  (RAIL_FACTS as Record<string, RailFacts>)[rail.name] = rail.facts;
  (RAILS as string[]).push(rail.name);
  (PAYOUT_RAILS as Record<string, PayoutRail>)[rail.name] = rail;
}
