import { createFileRoute } from '@tanstack/react-router';
import { InvitesPage } from '@/components/invites/invites-page';

export const Route = createFileRoute('/_app/orgs/$orgId/invites')({
  component: InvitesPage,
});
