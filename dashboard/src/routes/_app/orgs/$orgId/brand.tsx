import { createFileRoute } from '@tanstack/react-router';
import { BrandPage } from '@/features/organizations';

export const Route = createFileRoute('/_app/orgs/$orgId/brand')({
  component: BrandPage,
});
