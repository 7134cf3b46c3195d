import { createFileRoute, notFound, Outlet, useParams } from '@tanstack/react-router';
import { AdvertiserSwitcher } from '@/features/enrollments';

/**
 * One advertiser's context for an affiliate: every page under /affiliate/$orgId/... renders in this layout,
 * below the advertiser switcher, and shows only that advertiser's data (the API scopes it by the same id).
 */
export const Route = createFileRoute('/_app/affiliate/$orgId')({
  beforeLoad: ({ context: { me }, params: { orgId } }) => {
    // An advertiser the user has not joined is a 404, as the API answers for other tenants' resources.
    const advertiser = me.affiliateContexts.find((context) => context.organizationId === orgId);
    if (!advertiser) throw notFound();
    return { advertiser };
  },
  component: AdvertiserLayout,
});

function AdvertiserLayout() {
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId' });
  return (
    <>
      <AdvertiserSwitcher orgId={orgId} />
      <Outlet />
    </>
  );
}
