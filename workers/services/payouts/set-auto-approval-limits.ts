import { eq } from 'drizzle-orm';
import { organizationAutoApprovalLimits } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, ValidationError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { type AutoApprovalLimit, getAutoApprovalLimits } from './get-auto-approval-limits';
import { platformMinimums } from './platform-minimums';

/**
 * An owner or admin replaces the advertiser's auto-approval limits (an empty list turns auto-approval off). Each
 * currency once, and one the platform pays out (it has a payout minimum): 400 payout_currency_unsupported
 * otherwise. One transaction, audited as org_auto_approval.updated with the limits before and after. Batches
 * already proposed are judged at their next proposal; approved ones are not touched.
 */
export async function setAutoApprovalLimits({
  ctx,
  input,
}: ServiceCall<{ limits: { currency: string; limitMinor: number }[] }>): Promise<AutoApprovalLimit[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const userId = actorId(ctx);
  const currencies = input.limits.map((l) => l.currency);
  if (new Set(currencies).size !== currencies.length)
    throw new ValidationError('Each currency may appear once', [{ path: 'limits', message: 'duplicate currency' }]);
  return inTransaction(ctx, async (tx) => {
    const paid = await platformMinimums({ ctx: tx, input: { currencies } });
    const unknown = currencies.find((c) => !paid.has(c));
    if (unknown)
      throw new AppError('payout_currency_unsupported', `Payouts are not made in ${unknown}`, { currency: unknown });
    const before = await tx.db
      .select()
      .from(organizationAutoApprovalLimits)
      .where(eq(organizationAutoApprovalLimits.organizationId, organizationId))
      .for('update');
    await tx.db
      .delete(organizationAutoApprovalLimits)
      .where(eq(organizationAutoApprovalLimits.organizationId, organizationId));
    if (input.limits.length > 0)
      await tx.db
        .insert(organizationAutoApprovalLimits)
        .values(input.limits.map((l) => ({ organizationId, ...l, updatedById: userId, updatedAt: tx.now })));
    const after = await getAutoApprovalLimits({ ctx: tx, input: undefined });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'org_auto_approval.updated',
        targetType: 'organization',
        targetId: organizationId,
        organizationId,
        before: Object.fromEntries(before.map((r) => [r.currency, r.limitMinor])),
        after: Object.fromEntries(after.map((r) => [r.currency, r.limitMinor])),
      },
    });
    return after;
  });
}
