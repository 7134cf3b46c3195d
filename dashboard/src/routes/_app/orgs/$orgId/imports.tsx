import { createFileRoute } from '@tanstack/react-router';
import { ImportsPage } from '@/features/imports';

export const Route = createFileRoute('/_app/orgs/$orgId/imports')({
  component: ImportsPage,
});
