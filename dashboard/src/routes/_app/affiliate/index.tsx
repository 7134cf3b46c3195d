import { createFileRoute, redirect } from '@tanstack/react-router';

// /affiliate has no page of its own: the first advertiser's programs, or the marketplace to find one (or, for an
// account the platform has not approved, where its review stands).
export const Route = createFileRoute('/_app/affiliate/')({
  beforeLoad: ({ context: { me } }) => {
    const [first] = me.affiliateContexts;
    if (first)
      throw redirect({ to: '/affiliate/$orgId/programs', params: { orgId: first.organizationId }, replace: true });
    if (me.affiliateReview && me.affiliateReview.status !== 'approved')
      throw redirect({ to: '/affiliate/welcome', replace: true });
    throw redirect({ to: '/affiliate/marketplace', replace: true });
  },
});
