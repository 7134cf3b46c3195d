import { and, eq } from 'drizzle-orm';
import { customDomains, organizations, type Branding } from '../../../schema';
import type { ServiceCall } from '../../context';
import { normalizeHostname } from '../../domain/custom-domain';
import { servesPortal } from './serves-portal';

/** The brand a host shows: an advertiser's white-label portal, or null for the platform's own look. */
export interface PortalBrand {
  organizationId: string;
  /** The portal name, else the organization's name. */
  name: string;
  branding: Branding;
}

/**
 * The advertiser whose ACTIVE custom domain for the portal (purpose portal or both) is `host`; null
 * for any other host (ours, a pending or tracking-only domain, an unknown name). Only the brand is
 * answered: the page is public and cached.
 */
export async function resolvePortal({ ctx, input }: ServiceCall<{ host: string }>): Promise<PortalBrand | null> {
  const hostname = normalizeHostname(input.host.replace(/:\d+$/, ''));
  if (!hostname) return null;
  const [row] = await ctx.db
    .select({ id: organizations.id, name: organizations.name, branding: organizations.branding })
    .from(customDomains)
    .innerJoin(organizations, eq(organizations.id, customDomains.organizationId))
    .where(and(eq(customDomains.hostname, hostname), servesPortal()));
  if (!row) return null;
  return { organizationId: row.id, name: row.branding.portalName ?? row.name, branding: row.branding };
}
