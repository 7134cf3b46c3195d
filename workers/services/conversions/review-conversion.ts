import { and, eq } from 'drizzle-orm';
import { commissions, conversions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { assertConversionTransition } from '../../domain/conversion-status';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { announceDecisionAfterCommit } from './announce-decision';
import type { ConversionOutcome } from './conversion-outcome';
import { loadConversionOutcome } from './load-conversion-outcome';
import { rejectConversion } from './reject-conversion';
import { refreshConversionStats } from '../stats';

export interface ReviewInput {
  conversionId: string;
  decision: 'approve' | 'reject';
  reason: string;
}

/**
 * An advertiser's decision on a conversion. Approving releases a flagged conversion to its hold
 * (the hold release then treats it like any other); rejecting works on any conversion not yet
 * rejected or reversed, with a reason the affiliate sees. Audited; the affiliate's postback and
 * inbox hear of the decision after the commit.
 */
export async function reviewConversion({ ctx, input }: ServiceCall<ReviewInput>): Promise<ConversionOutcome> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const { conversion, lines } = await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(conversions)
      .where(and(eq(conversions.id, input.conversionId), eq(conversions.organizationId, organizationId)))
      .for('update');
    if (!before) throw new NotFoundError('conversion', input.conversionId);
    if (input.decision === 'approve')
      assertConversionTransition(
        before.status,
        'approved',
        `Only a flagged conversion can be approved; this one is ${before.status}`,
      );
    else assertConversionTransition(before.status, 'rejected', `The conversion is already ${before.status}`);
    const result =
      input.decision === 'approve'
        ? {
            conversion: (
              await tx.db
                .update(conversions)
                .set({ status: 'approved', reviewedById: tx.actor?.userId ?? null, reviewedAt: tx.now })
                .where(eq(conversions.id, before.id))
                .returning()
            )[0]!,
            lines: await tx.db.select().from(commissions).where(eq(commissions.conversionId, before.id)),
          }
        : await rejectConversion({ ctx: tx, input: { conversion: before, reason: input.reason } });
    await recordAudit({
      ctx: tx,
      input: {
        action: `conversion.${input.decision === 'approve' ? 'approved' : 'rejected'}`,
        targetType: 'conversion',
        targetId: before.id,
        before: { status: before.status, fraudFlags: before.fraudFlags },
        after: { status: result.conversion.status, reason: input.reason },
      },
    });
    await refreshConversionStats({
      ctx: tx,
      input: { conversionIds: [before.id], commissionIds: result.lines.map((l) => l.id) },
    });
    return result;
  });
  await announceDecisionAfterCommit({ ctx, input: { conversion, lines } });
  return loadConversionOutcome({ ctx, input: { conversionId: conversion.id, duplicate: false } });
}
