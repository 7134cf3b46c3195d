import { createFileRoute } from '@tanstack/react-router';
import { AppsPage } from '@/components/org-setup/apps-page';

export const Route = createFileRoute('/_app/orgs/$orgId/apps/')({
  component: AppsPage,
});
