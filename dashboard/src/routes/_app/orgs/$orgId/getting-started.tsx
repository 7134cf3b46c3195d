import { createFileRoute } from '@tanstack/react-router';
import { GettingStartedPage } from '@/features/organizations';

export const Route = createFileRoute('/_app/orgs/$orgId/getting-started')({
  component: GettingStartedPage,
});
