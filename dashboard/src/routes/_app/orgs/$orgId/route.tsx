import { createFileRoute, notFound, Outlet, useParams } from '@tanstack/react-router';
import { OrgHeader } from '@/features/organizations';
import { ApiError } from '@/lib/api/api-error';
import { orgAccess } from '@/lib/access/org-access';
import { organizationQueryOptions } from '@/features/organizations';

/**
 * One advertiser organization's console: every page under /orgs/$orgId/... renders below the organization
 * header, with `access` (what the user's role allows) in the route context.
 */
export const Route = createFileRoute('/_app/orgs/$orgId')({
  beforeLoad: async ({ context: { queryClient }, params: { orgId } }) => {
    try {
      const organization = await queryClient.ensureQueryData(organizationQueryOptions(orgId));
      return { organization, access: orgAccess(organization.role) };
    } catch (error) {
      // Another tenant's organization is a 404 in the API too; the page says so instead of an error.
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) throw notFound();
      throw error;
    }
  },
  component: OrgLayout,
});

function OrgLayout() {
  const { orgId } = useParams({ from: '/_app/orgs/$orgId' });
  return (
    <>
      <OrgHeader orgId={orgId} />
      <Outlet />
    </>
  );
}
