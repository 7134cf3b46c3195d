import { and, eq, inArray } from 'drizzle-orm';
import { customDomains, organizations } from '../../../schema';

/**
 * The custom domain serves its advertiser's white-label portal now: verified, meant for the portal,
 * and the organization active. For queries that join organizations to custom_domains.
 */
export const servesPortal = () =>
  and(
    eq(customDomains.status, 'active'),
    inArray(customDomains.purpose, ['portal', 'both']),
    eq(organizations.status, 'active'),
  );
