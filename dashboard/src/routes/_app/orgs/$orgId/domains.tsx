import { createFileRoute } from '@tanstack/react-router';
import { DomainsPage } from '@/features/domains';

export const Route = createFileRoute('/_app/orgs/$orgId/domains')({
  component: DomainsPage,
});
