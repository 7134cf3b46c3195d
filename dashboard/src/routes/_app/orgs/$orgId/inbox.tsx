import { createFileRoute } from '@tanstack/react-router';
import { InboxPage } from '@/components/messages/inbox-page';

export const Route = createFileRoute('/_app/orgs/$orgId/inbox')({
  component: InboxPage,
});
