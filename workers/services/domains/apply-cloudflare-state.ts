import { eq } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { canChangeCustomDomainStatus } from '../../domain/custom-domain-status';
import type { CustomHostname } from '../../integrations/cloudflare';
import { cloudflareState } from './cloudflare-state';

export interface AppliedState {
  before: CustomDomain;
  after: CustomDomain;
}

/**
 * Writes what Cloudflare reports onto the row, moving its status only where the state machine
 * allows (a failed domain becomes pending again only through re-verify, `allowRetry`). Locks the
 * row, so a poll and a re-verify at once apply one after the other. Null when the row is gone.
 */
export async function applyCloudflareState({
  ctx,
  input: { domainId, hostname, cnameTarget, opts = {} },
}: ServiceCall<{
  domainId: string;
  hostname: CustomHostname;
  cnameTarget: string;
  opts?: { allowRetry?: boolean; audit?: (tx: ServiceContext, state: AppliedState) => Promise<void> };
}>): Promise<AppliedState | null> {
  const { verdict, columns } = cloudflareState(hostname, cnameTarget);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(customDomains).where(eq(customDomains.id, domainId)).for('update');
    if (!before) return null;
    let status = before.status;
    if (verdict.status !== status && canChangeCustomDomainStatus(status, verdict.status)) status = verdict.status;
    // A failed domain that Cloudflare still reports pending is retried only when the user asks.
    if (status === 'failed' && verdict.status === 'pending' && opts.allowRetry) status = 'pending';
    const [after] = await tx.db
      .update(customDomains)
      .set({
        ...columns,
        status,
        failureReason: status === 'failed' ? (verdict.reason ?? before.failureReason) : null,
        checkedAt: ctx.now,
        activatedAt: status === 'active' ? (before.activatedAt ?? ctx.now) : before.activatedAt,
      })
      .where(eq(customDomains.id, domainId))
      .returning();
    const state = { before, after: after! };
    await opts.audit?.(tx, state);
    return state;
  });
}
