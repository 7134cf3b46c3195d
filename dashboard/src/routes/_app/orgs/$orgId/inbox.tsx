import { createFileRoute } from '@tanstack/react-router';
import { InboxPage } from '@/features/messages';

export const Route = createFileRoute('/_app/orgs/$orgId/inbox')({
  component: InboxPage,
});
