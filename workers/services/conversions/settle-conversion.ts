import { eq } from 'drizzle-orm';
import { conversions, type Commission, type Conversion } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { attributeConversion } from './attribute-conversion';
import { earnCommissions } from './earn-commissions';
import type { ClickFacts } from './find-click';
import { findEarlierSales } from './find-earlier-sales';
import { findUnmatchedRefunds } from './find-unmatched-refunds';
import { lockCustomer } from './lock-customer';
import { reverseCommissions } from './reverse-commissions';
import { type ConversionStatsChange, refreshConversionStats } from '../stats';
import { type Cancelled, settleCancellation } from './settle-cancellation';

export type Settled =
  | {
      kind: 'earned';
      conversion: Conversion;
      lines: Commission[];
      click: ClickFacts | null;
      /** The customer's earlier sales this conversion's new referral credited, and their earlier refunds. */
      followers: Settled[];
    }
  | { kind: 'reversed'; conversion: Conversion; original: Conversion | null; lines: Commission[] }
  | ({ kind: 'cancelled' } & Cancelled)
  | { kind: 'waiting_for_click' | 'waiting_for_sale' | 'unattributed'; conversion: Conversion; lines: [] };

export interface Decided {
  settled: Settled;
  /** What the stats rollups must move by: refreshed once per transaction, so its locks come in one sorted statement. */
  stats: Required<ConversionStatsChange>;
}

export interface SettleConversionInput {
  conversion: Conversion;
  programId?: string;
  declaredPayoutMinor?: number;
}

/** `changed`: the conversions this transaction changed before this one, whose rollups have not moved yet. */
async function decide(ctx: ServiceContext, input: SettleConversionInput, changed: string[] = []): Promise<Decided> {
  const { conversion } = input;
  await lockCustomer({ ctx, input: conversion });
  if (conversion.eventType === 'cancel') {
    const cancelled = await settleCancellation({ ctx, input: { conversion } });
    const stats = {
      conversionIds: [conversion.id, ...(cancelled.original ? [cancelled.original.id] : [])],
      commissionIds: cancelled.lines.map((l) => l.id),
    };
    return { settled: { kind: 'cancelled', ...cancelled }, stats };
  }
  if (conversion.eventType === 'refund') {
    const reversed = await reverseCommissions({ ctx, input: { conversion } });
    const stats = {
      conversionIds: [conversion.id, ...(reversed.original ? [reversed.original.id] : [])],
      commissionIds: reversed.lines.map((l) => l.id),
    };
    if (reversed.waiting)
      return { settled: { kind: 'waiting_for_sale', conversion: reversed.conversion, lines: [] }, stats };
    return { settled: { kind: 'reversed', ...reversed }, stats };
  }
  const result = await attributeConversion({ ctx, input: { conversion, programId: input.programId } });
  if (result.kind === 'matched') {
    const earned = await earnCommissions({
      ctx,
      input: {
        conversion,
        match: result.match,
        trace: result.trace,
        declaredPayoutMinor: input.declaredPayoutMinor,
        changedConversionIds: changed,
      },
    });
    const earlier = earned.boundCustomer
      ? await findEarlierSales({ ctx, input: { binding: earned.conversion, click: result.match.click } })
      : [];
    const followers: Decided[] = [];
    const changedSoFar = () => [...changed, conversion.id, ...followers.flatMap((f) => f.stats.conversionIds)];
    for (const sale of earlier) {
      const credited = await decide(ctx, { conversion: sale }, changedSoFar());
      followers.push(credited);
      if (credited.settled.kind !== 'earned') continue;
      for (const refund of await findUnmatchedRefunds({ ctx, input: credited.settled.conversion }))
        followers.push(await decide(ctx, { conversion: refund }, changedSoFar()));
    }
    if (followers.length > 0)
      ctx.log.info('earlier_sales_credited', {
        bindingConversionId: conversion.id,
        conversionIds: earlier.map((c) => c.id),
      });
    return {
      settled: {
        kind: 'earned',
        conversion: earned.conversion,
        lines: earned.lines,
        click: result.match.click,
        followers: followers.map((f) => f.settled),
      },
      stats: {
        conversionIds: [conversion.id, ...followers.flatMap((f) => f.stats.conversionIds)],
        commissionIds: followers.flatMap((f) => f.stats.commissionIds),
      },
    };
  }
  const [updated] = await ctx.db
    .update(conversions)
    .set({ attributionTrace: result.trace })
    .where(eq(conversions.id, conversion.id))
    .returning();
  return {
    settled: { kind: result.kind === 'none' ? 'unattributed' : 'waiting_for_click', conversion: updated!, lines: [] },
    stats: { conversionIds: [conversion.id], commissionIds: [] },
  };
}

/**
 * settleConversion without its last step, for a transaction that changes more than this conversion:
 * the caller refreshes the answer's `stats`, with its own changes, in one refresh last in the
 * transaction (a refresh per step takes conversion locks in rounds, out of the one sorted order that
 * keeps refreshes from deadlocking). `changed`: conversions the transaction changed before this one.
 */
export function decideConversion({
  ctx,
  input,
}: ServiceCall<SettleConversionInput & { changed?: string[] }>): Promise<Decided> {
  return decide(ctx, input, input.changed);
}

/**
 * Decides an unsettled conversion inside the caller's transaction: a refund reverses its
 * original's commissions; a cancellation ends the customer's recurring commissions (and voids the
 * sale only inside the program's void window); anything else is attributed and, when someone gets it,
 * earns commissions (and a new referral credits the customer's sales that arrived before it). A
 * conversion waiting for its click, or a refund for its sale, is left unattributed, with its trace.
 * Last, the stats rollups move by what every conversion and line it touched now counts for.
 */
export async function settleConversion({ ctx, input }: ServiceCall<SettleConversionInput>): Promise<Settled> {
  const { settled, stats } = await decide(ctx, input);
  await refreshConversionStats({ ctx, input: stats });
  return settled;
}
