import { eq } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { CustomDomainPurpose } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { hostnameIssue, normalizeHostname } from '../../domain/custom-domain';
import { AppError } from '../../errors/app-error';
import { deleteCustomHostname } from '../../integrations/cloudflare';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { actingAdvertiser } from '../access';
import { afterStatusChange } from './after-status-change';
import { newHostnameColumns } from './cloudflare-state';
import { domainsConfig } from './domains-config';
import { domainTaken as taken, provisionHostname } from './provision-hostname';

/**
 * Adds an advertiser's hostname: checked (public, not ours, not taken, within the plan), created
 * at Cloudflare with TXT (pre-)validation so the records can be shown before traffic moves, then
 * saved with the DNS records to add. Owners and admins; audited.
 */
export async function addDomain({
  ctx,
  input,
}: ServiceCall<{ hostname: string; purpose: CustomDomainPurpose }>): Promise<CustomDomain> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const cfg = domainsConfig(ctx.config);
  const hostname = normalizeHostname(input.hostname);
  if (!hostname)
    throw new AppError('hostname_not_allowed', 'The hostname must be a bare DNS name such as go.example.com');
  // Refused before anything is counted or created: a refused hostname never takes a plan slot.
  const issue = hostnameIssue(hostname, cfg.ownHosts);
  if (issue) throw new AppError(issue.code, `${hostname} ${issue.reason}`, { hostname });
  const [existing] = await ctx.db
    .select({ id: customDomains.id })
    .from(customDomains)
    .where(eq(customDomains.hostname, hostname));
  if (existing) throw taken(hostname);
  // Checked before Cloudflare is asked, and again under the lock when the row is written.
  await inTransaction(ctx, (tx) => assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'customDomains' } }));

  const { cf, created } = await provisionHostname(cfg.cloudflare, hostname);
  try {
    const row = await inTransaction(ctx, async (tx) => {
      await assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'customDomains' } });
      const [inserted] = await tx.db
        .insert(customDomains)
        .values({
          organizationId,
          hostname,
          purpose: input.purpose,
          ...newHostnameColumns(cf, cfg.cnameTarget, ctx.now),
        })
        .onConflictDoNothing({ target: customDomains.hostname })
        .returning();
      if (!inserted) throw taken(hostname);
      await recordAudit({
        ctx: tx,
        input: { action: 'domain.added', targetType: 'custom_domain', targetId: inserted.id, after: inserted },
      });
      return inserted;
    });
    await afterStatusChange({ ctx, input: { before: { ...row, status: 'pending' }, after: row } });
    return row;
  } catch (err) {
    // Nothing of ours refers to a hostname this call created: take it back off the zone.
    if (created)
      await deleteCustomHostname(cfg.cloudflare, cf.id).catch((e: unknown) =>
        ctx.log.warn('custom_hostname_cleanup_failed', { hostname, error: String(e) }),
      );
    throw err;
  }
}
