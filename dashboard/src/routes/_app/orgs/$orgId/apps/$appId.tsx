import { createFileRoute } from '@tanstack/react-router';
import { AppPage } from '@/pages/app-page';

export const Route = createFileRoute('/_app/orgs/$orgId/apps/$appId')({
  component: AppPage,
});
