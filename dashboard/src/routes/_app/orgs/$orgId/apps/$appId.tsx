import { createFileRoute } from '@tanstack/react-router';
import { AppPage } from '@/features/apps';

export const Route = createFileRoute('/_app/orgs/$orgId/apps/$appId')({
  component: AppPage,
});
