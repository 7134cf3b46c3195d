import { and, eq, inArray } from 'drizzle-orm';
import { customDomains, organizations, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { servesPortal } from '../portal';

/**
 * The brand of the white-label portal each user signed up on, while it still serves: the name a message
 * about the account itself (no organization of its own, such as the platform's review) carries, as its
 * email's sender does (emailBrand). Users without one are absent: they read the platform's name.
 */
export async function signupPortalBrands({ ctx, input: userIds }: ServiceCall<string[]>): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectDistinctOn([users.id], { userId: users.id, name: organizations.name, branding: organizations.branding })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.signupOrganizationId))
    .innerJoin(customDomains, eq(customDomains.organizationId, organizations.id))
    .where(and(inArray(users.id, userIds), servesPortal()))
    .orderBy(users.id);
  return new Map(rows.map((r) => [r.userId, r.branding.portalName?.trim() || r.name]));
}
