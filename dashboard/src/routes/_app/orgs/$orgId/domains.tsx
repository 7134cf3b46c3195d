import { createFileRoute } from '@tanstack/react-router';
import { DomainsPage } from '@/components/domains/domains-page';

export const Route = createFileRoute('/_app/orgs/$orgId/domains')({
  component: DomainsPage,
});
