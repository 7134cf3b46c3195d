import { createFileRoute, redirect } from '@tanstack/react-router';
import { platformAccess } from '@/lib/access/platform-access';
import { portal } from '@/lib/portal/portal';

// "/" has no page of its own: it sends each user to their area (an advertiser's console first, since a member
// of an organization works there daily; then the affiliate portal; platform staff to their console).
export const Route = createFileRoute('/_app/')({
  beforeLoad: ({ context: { me } }) => {
    const [membership] = me.memberships;
    // On an advertiser's white-label portal an affiliate lands in that advertiser's context at once.
    const here = portal().organizationId;
    if (!membership && here && me.affiliateContexts.some((c) => c.organizationId === here))
      throw redirect({ to: '/affiliate/$orgId', params: { orgId: here }, replace: true });
    if (membership) throw redirect({ to: '/orgs/$orgId', params: { orgId: membership.organizationId }, replace: true });
    if (me.approvedAffiliate || me.affiliateContexts.length > 0) throw redirect({ to: '/affiliate', replace: true });
    if (platformAccess(me.platformRole)) throw redirect({ to: '/platform', replace: true });
    // An affiliate the platform has not approved (waiting or turned down) learns where it stands.
    if (me.affiliateReview) throw redirect({ to: '/affiliate/welcome', replace: true });
    throw redirect({ to: '/account/profile', replace: true });
  },
});
