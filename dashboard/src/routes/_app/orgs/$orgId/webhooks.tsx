import { createFileRoute, useParams } from '@tanstack/react-router';
import { WebhooksPanel } from '@/features/webhooks';
import { useOrgAccess } from '@/lib/access/use-org-access';

export const Route = createFileRoute('/_app/orgs/$orgId/webhooks')({ component: OrgWebhooksPage });

// Hooks take the route id instead of `Route.use…`, which would make this file a chunk the login page loads.
function OrgWebhooksPage() {
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/webhooks' });
  const access = useOrgAccess();
  return <WebhooksPanel owner={{ orgId }} canManage={access.canManage && !access.readOnly} />;
}
