import { createFileRoute, notFound, Outlet } from '@tanstack/react-router';

/**
 * One advertiser's context for an affiliate: every page under /affiliate/$orgId/... renders in this layout.
 * The advertiser switcher belongs here, above the <Outlet />, so it shows on every page of the context.
 */
export const Route = createFileRoute('/_app/affiliate/$orgId')({
  beforeLoad: ({ context: { me }, params: { orgId } }) => {
    // An advertiser the user has not joined is a 404, as the API answers for other tenants' resources.
    const advertiser = me.affiliateContexts.find((context) => context.organizationId === orgId);
    if (!advertiser) throw notFound();
    return { advertiser };
  },
  component: Outlet,
});
