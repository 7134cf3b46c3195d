import { and, desc, eq, notInArray } from 'drizzle-orm';
import { conversions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isConversionVoid } from '../../domain/conversion-status';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { announceDecisionAfterCommit } from './announce-decision';
import type { ConversionOutcome } from './conversion-outcome';
import { loadConversionOutcome } from './load-conversion-outcome';
import { rejectConversion } from './reject-conversion';
import { refreshConversionStats } from '../stats';

/**
 * The advertiser's server says a conversion it reported earlier is rejected (S2S
 * `status=rejected`): the program's conversion with that event id, else its latest on that click.
 * Rejecting twice answers the same result.
 */
export async function rejectReportedConversion({
  ctx,
  input,
}: ServiceCall<{
  organizationId: string;
  programId: string;
  clickId: string;
  eventId?: string;
  reason: string;
}>): Promise<ConversionOutcome> {
  const scope = and(
    eq(conversions.organizationId, input.organizationId),
    eq(conversions.programId, input.programId),
    eq(conversions.clickId, input.clickId),
  );
  const outcome = await inTransaction(ctx, async (tx) => {
    const [byEvent] = input.eventId
      ? await tx.db
          .select()
          .from(conversions)
          .where(and(scope, eq(conversions.eventId, input.eventId)))
          .for('update')
      : [];
    const [target] = byEvent
      ? [byEvent]
      : await tx.db
          .select()
          .from(conversions)
          .where(and(scope, notInArray(conversions.eventType, ['refund', 'cancel'])))
          .orderBy(desc(conversions.occurredAt))
          .limit(1)
          .for('update');
    if (!target) throw new NotFoundError('conversion for this click');
    if (isConversionVoid(target.status)) return { done: target, lines: null };
    const result = await rejectConversion({ ctx: tx, input: { conversion: target, reason: input.reason } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'conversion.rejected_by_postback',
        targetType: 'conversion',
        targetId: target.id,
        organizationId: input.organizationId,
        before: { status: target.status },
        after: { status: 'rejected', reason: input.reason },
      },
    });
    await refreshConversionStats({
      ctx: tx,
      input: {
        conversionIds: [target.id],
        commissionIds: result.lines.map((l) => l.id),
      },
    });
    return { done: result.conversion, lines: result.lines };
  });
  if (outcome.lines) {
    await announceDecisionAfterCommit({ ctx, input: { conversion: outcome.done, lines: outcome.lines } });
  }
  return loadConversionOutcome({ ctx, input: { conversionId: outcome.done.id, duplicate: outcome.lines === null } });
}
