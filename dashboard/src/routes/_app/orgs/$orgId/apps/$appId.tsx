import { createFileRoute } from '@tanstack/react-router';
import { AppPage } from '@/components/org-setup/app-page';

export const Route = createFileRoute('/_app/orgs/$orgId/apps/$appId')({
  component: AppPage,
});
