import { eq } from 'drizzle-orm';
import { conversions, type Commission, type Conversion } from '../../../schema';
import type { ServiceContext } from '../../context';
import { attributeConversion } from './attribute-conversion';
import type { ClickFacts } from './find-click';
import { earnCommissions } from './earn-commissions';
import { reverseCommissions } from './reverse-commissions';
import { type Cancelled, settleCancellation } from './settle-cancellation';
import { refreshConversionStats } from '../stats/refresh-conversion-stats';

export type Settled =
  | { kind: 'earned'; conversion: Conversion; lines: Commission[]; click: ClickFacts | null }
  | { kind: 'reversed'; conversion: Conversion; original: Conversion | null; lines: Commission[] }
  | ({ kind: 'cancelled' } & Cancelled)
  | { kind: 'waiting_for_click' | 'unattributed'; conversion: Conversion; lines: [] };

/**
 * Decides an unsettled conversion inside the caller's transaction: a refund reverses its
 * original's commissions; a cancellation ends the customer's recurring commissions (and voids
 * the sale only inside the program's void window); anything else is attributed and, when someone gets it,
 * earns commissions. A conversion waiting for its click is left unattributed, with its trace.
 * Last, the stats rollups move by what every conversion and line it touched now counts for.
 */
export async function settleConversion(
  ctx: ServiceContext,
  input: { conversion: Conversion; programId?: string; declaredPayoutMinor?: number },
): Promise<Settled> {
  const { conversion } = input;
  if (conversion.eventType === 'cancel') {
    const cancelled = await settleCancellation(ctx, { conversion });
    await refreshConversionStats(ctx, {
      conversionIds: [conversion.id, ...(cancelled.original ? [cancelled.original.id] : [])],
      commissionIds: cancelled.lines.map((l) => l.id),
    });
    return { kind: 'cancelled', ...cancelled };
  }
  if (conversion.eventType === 'refund') {
    const reversed = await reverseCommissions(ctx, { conversion });
    await refreshConversionStats(ctx, {
      conversionIds: [conversion.id, ...(reversed.original ? [reversed.original.id] : [])],
      commissionIds: reversed.lines.map((l) => l.id),
    });
    return { kind: 'reversed', ...reversed };
  }
  const result = await attributeConversion(ctx.db, conversion, { programId: input.programId, now: ctx.now });
  if (result.kind === 'matched') {
    const earned = await earnCommissions(ctx, {
      conversion,
      match: result.match,
      trace: result.trace,
      declaredPayoutMinor: input.declaredPayoutMinor,
    });
    await refreshConversionStats(ctx, { conversionIds: [conversion.id] });
    return { kind: 'earned', ...earned, click: result.match.click };
  }
  const [updated] = await ctx.db
    .update(conversions)
    .set({ attributionTrace: result.trace })
    .where(eq(conversions.id, conversion.id))
    .returning();
  await refreshConversionStats(ctx, { conversionIds: [conversion.id] });
  return { kind: result.kind === 'none' ? 'unattributed' : 'waiting_for_click', conversion: updated!, lines: [] };
}
