import { sql } from 'drizzle-orm';
import { balanceAlertStates, payoutMinimums } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { type BalanceLevel, balanceCrossings, balanceKey } from '../../domain/balance-crossing';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { listBalances } from './balances';

/** Serialises runs: two at once would both see the same crossing before either stored it. */
const LOCK_KEY = 0x6c6f775f62616c; // "low_bal"

function notice(b: BalanceLevel, at: Date): NotificationRequest {
  const money = (minor: number) => `${formatMinorUnits(minor, b.currency)} ${b.currency}`;
  return {
    v: 1,
    userId: b.affiliateId,
    organizationId: b.organizationId,
    event: 'low_balance',
    title: 'Your balance reached the payout minimum',
    body: `Your approved balance is ${money(b.availableMinor)}, at or above the minimum of ${money(b.minimumMinor)}: it goes out with the next payout.`,
    data: {
      kind: 'minimum_reached',
      balanceMinor: b.availableMinor,
      minimumMinor: b.minimumMinor,
      currency: b.currency,
    },
    dedupeKey: `low_balance:${balanceKey(b)}:${at.toISOString()}`,
  };
}

/**
 * The affiliate side of low_balance: each (advertiser, affiliate, currency) whose approved balance
 * reached the currency's payout minimum since the last run is told once; falling below (a payout
 * took it) re-arms the next crossing. Runs after the hold release; currencies without a minimum
 * are never paid out, so they never notify.
 */
export async function notifyBalanceCrossings({ ctx }: ServiceCall<void>): Promise<{ notified: number }> {
  const requests = await inTransaction(ctx, async (tx) => {
    const locked = await tx.db.execute(sql`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS ok`);
    if (!(locked.rows[0] as { ok: boolean } | undefined)?.ok) return [];
    const minimums = new Map(
      (await tx.db.select().from(payoutMinimums)).map((m) => [m.currency.trim(), m.minMinor] as const),
    );
    const levels: BalanceLevel[] = (await listBalances({ ctx: tx, input: {} })).flatMap((b) => {
      const minimumMinor = minimums.get(b.currency.trim());
      return minimumMinor === undefined
        ? []
        : [
            {
              organizationId: b.organizationId,
              affiliateId: b.affiliateId,
              currency: b.currency.trim(),
              availableMinor: b.availableMinor,
              minimumMinor,
            },
          ];
    });
    const stored = await tx.db.select().from(balanceAlertStates);
    const previous = new Map(
      stored.map((s) => [balanceKey({ ...s, currency: s.currency.trim() }), { ...s, currency: s.currency.trim() }]),
    );
    const { reached, changes } = balanceCrossings(levels, previous);
    if (changes.length > 0)
      await tx.db
        .insert(balanceAlertStates)
        .values(changes.map((c) => ({ ...c, changedAt: ctx.now, createdAt: ctx.now, updatedAt: ctx.now })))
        .onConflictDoUpdate({
          target: [balanceAlertStates.organizationId, balanceAlertStates.affiliateId, balanceAlertStates.currency],
          set: { reached: sql`excluded.reached`, changedAt: ctx.now, updatedAt: ctx.now },
        });
    return reached.map((b) => notice(b, ctx.now));
  });
  if (requests.length > 0) await enqueueNotifications({ ctx, input: { requests } });
  return { notified: requests.length };
}
