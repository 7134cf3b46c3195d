import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { OverviewPage } from '@/pages/overview-page';
import { dateRangeSearch } from '@/lib/date-range';

export const Route = createFileRoute('/_app/orgs/$orgId/')({
  validateSearch: z.object(dateRangeSearch),
  component: OverviewPage,
});
