import type { CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import {
  CloudflareRequestError,
  createCustomHostname,
  reverifyCustomHostname,
  type CloudflareConfig,
  type CustomHostname,
} from '../../integrations/cloudflare';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { afterStatusChange } from './after-status-change';
import { applyCloudflareState } from './apply-cloudflare-state';
import { cloudflareFailure } from './cloudflare-failure';
import { domainsConfig } from './domains-config';
import { findDomainOrThrow } from './find-domain';

/** PATCHes the hostname so Cloudflare checks it now; one Cloudflare lost (404) is created again. */
async function reverifyAtCloudflare(cfg: CloudflareConfig, row: CustomDomain): Promise<CustomHostname> {
  try {
    if (row.cloudflareId) return await reverifyCustomHostname(cfg, row.cloudflareId, 'txt');
    return await createCustomHostname(cfg, row.hostname, 'txt');
  } catch (err) {
    if (err instanceof CloudflareRequestError && err.notFound)
      return createCustomHostname(cfg, row.hostname, 'txt').catch((e: unknown) => {
        throw cloudflareFailure(e);
      });
    throw cloudflareFailure(err);
  }
}

/**
 * Asks Cloudflare to check the hostname and its certificate again (after the advertiser fixed
 * their DNS): a failed domain becomes pending, and the cron polls it on. Audited.
 */
export async function reverifyDomain({ ctx, input }: ServiceCall<{ domainId: string }>): Promise<CustomDomain> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const cfg = domainsConfig(ctx.config);
  const row = await findDomainOrThrow({ ctx, input: { organizationId, domainId: input.domainId } });
  const cf = await reverifyAtCloudflare(cfg.cloudflare, row);
  const state = await applyCloudflareState({
    ctx,
    input: {
      domainId: row.id,
      hostname: cf,
      cnameTarget: cfg.cnameTarget,
      opts: {
        allowRetry: true,
        audit: (tx, { before, after }) =>
          recordAudit({
            ctx: tx,
            input: { action: 'domain.reverified', targetType: 'custom_domain', targetId: row.id, before, after },
          }),
      },
    },
  });
  if (!state) throw new NotFoundError('domain', input.domainId);
  await afterStatusChange({ ctx, input: { before: state.before, after: state.after } });
  return state.after;
}
