import { and, asc, eq } from 'drizzle-orm';
import { customDomains, organizations, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { PLATFORM_NAME } from '../../domain/notification-templates';
import { servesPortal } from '../portal';

/** Whose name an email carries and where its links point. */
export interface EmailBrand {
  /** The advertiser's portal name (else its name), or the platform's name. */
  name: string;
  /** Origin of the links in the email (no trailing slash). */
  baseUrl: string;
  /** The sender's display name; null: EMAIL_FROM as configured. */
  fromName: string | null;
}

/**
 * The brand of an email: the white-label portal the request came in on; else the portal of the
 * organization the email is about, or of the one the recipient signed up on, while that portal is
 * active; else the platform. So an advertiser's affiliates never get mail in the platform's name.
 */
export async function emailBrand({
  ctx,
  input,
}: ServiceCall<{ userId?: string | null; organizationId?: string | null }>): Promise<EmailBrand> {
  if (ctx.portal) return { name: ctx.portal.name, baseUrl: ctx.portal.origin, fromName: ctx.portal.name };
  let organizationId = input.organizationId ?? null;
  if (!organizationId && input.userId) {
    const [user] = await ctx.db
      .select({ signupOrganizationId: users.signupOrganizationId })
      .from(users)
      .where(eq(users.id, input.userId));
    organizationId = user?.signupOrganizationId ?? null;
  }
  const [portal] = organizationId
    ? await ctx.db
        .select({ hostname: customDomains.hostname, name: organizations.name, branding: organizations.branding })
        .from(customDomains)
        .innerJoin(organizations, eq(organizations.id, customDomains.organizationId))
        .where(and(eq(customDomains.organizationId, organizationId), servesPortal()))
        .orderBy(asc(customDomains.hostname))
        .limit(1)
    : [];
  if (!portal) return { name: PLATFORM_NAME, baseUrl: ctx.config.APP_BASE_URL.replace(/\/$/, ''), fromName: null };
  const name = portal.branding.portalName ?? portal.name;
  return { name, baseUrl: `https://${portal.hostname}`, fromName: name };
}
