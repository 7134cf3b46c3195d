import type { Context } from 'hono';
import { getProfile } from '../../services/accounts';
import { countUnreadMessages } from '../../services/messages';
import { countUnreadNotifications } from '../../services/notifications';
import { getOrganization } from '../../services/organizations';
import { resolvePortal } from '../../services/portal';
import { serialize } from '../accounts/serialize';
import { signedIn } from '../accounts/signed-in';
import { tenantOrganizationView } from '../organizations/tenant-organization-view';
import { portalView } from '../portal/schemas';
import type { AppEnv } from '../types';
import type { SessionBoot } from './schemas';

/** The roles GET /orgs/{orgId}/unread-messages answers (requireMemberRole('owner', 'admin') and staff). */
const READS_INBOX = new Set(['owner', 'admin', 'platform_staff', 'support']);

/**
 * The session's boot answer in the request's context (none, an advertiser's or an affiliate's, which the path's
 * tenant middleware has resolved and checked): the same services the separate routes call, one after the other
 * on the request's one connection.
 */
export async function sessionBoot(c: Context<AppEnv>): Promise<SessionBoot> {
  const ctx = c.var.services();
  const tenant = c.var.tenant;
  const profile = serialize(await getProfile({ ctx, input: { userId: signedIn(c).userId } }));
  const portal = portalView(await resolvePortal({ ctx, input: { host: new URL(c.req.url).host } }));
  const organization =
    tenant?.kind === 'advertiser'
      ? tenantOrganizationView(c.var, await getOrganization({ ctx, input: undefined }))
      : null;
  const unreadNotifications = await countUnreadNotifications({ ctx, input: undefined });
  const readsMessages = tenant?.kind === 'affiliate' || (tenant?.kind === 'advertiser' && READS_INBOX.has(tenant.role));
  const unreadMessages = readsMessages ? await countUnreadMessages({ ctx, input: undefined }) : null;
  return { profile, portal, organization, unreadNotifications, unreadMessages };
}
