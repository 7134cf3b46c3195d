import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { OverviewPage } from '@/pages/overview-page';
import { prefetchOverview } from '@/pages/overview-prefetch';
import { dateRangeSearch } from '@/lib/date-range';

export const Route = createFileRoute('/_app/orgs/$orgId/')({
  validateSearch: z.object(dateRangeSearch),
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, params: { orgId }, deps }) => prefetchOverview(queryClient, orgId, deps),
  component: OverviewPage,
});
