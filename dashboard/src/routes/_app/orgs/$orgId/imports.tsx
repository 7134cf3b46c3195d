import { createFileRoute } from '@tanstack/react-router';
import { ImportsPage } from '@/components/imports/imports-page';

export const Route = createFileRoute('/_app/orgs/$orgId/imports')({
  component: ImportsPage,
});
