import { createFileRoute } from '@tanstack/react-router';
import { GettingStartedPage } from '@/pages/getting-started-page';

export const Route = createFileRoute('/_app/orgs/$orgId/getting-started')({
  component: GettingStartedPage,
});
