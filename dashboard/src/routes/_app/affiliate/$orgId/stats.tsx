import { Alert } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useRouteContext, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ClickLookup } from '@/features/conversions';
import { DownloadButton } from '@/ui/download-button';
import { useEarningsColumns } from '@/features/conversions';
import { EarningsCards } from '@/features/conversions';
import { StatsBreakdown } from '@/features/stats';
import { StatsChart } from '@/features/stats';
import { StatsFilters } from '@/features/stats';
import { StatsHeadline } from '@/features/stats';
import {
  affiliateStatsPageQueries,
  allowedBreakdowns,
  prefetchStatsPage,
  reportTimeZone,
  useStatsPage,
  type StatsSearch as SharedStatsSearch,
} from '@/features/stats';
import { PageHeader } from '@/ui/page-header';
import { type DateRangeSearch, dateRangeSearch } from '@/lib/date-range';
import { sortSearch } from '@/lib/table-search';
import { QueryState } from '@/ui/query-state';
import { downloadStatsCsv } from '@/features/stats';
import { useMyEditions } from '@/features/editions';
import { useMyPrograms } from '@/features/enrollments';
import { SUB_KEYS } from '@contracts/sub-keys';

/** The page's URL: date range, filters, the breakdown and its sort, and a click to look up. */
const statsSearchSchema = z.object({
  ...dateRangeSearch,
  program: z.catch(z.optional(z.uuid()), undefined),
  country: z.catch(z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))), undefined),
  device: z.catch(z.optional(z.enum(['desktop', 'mobile', 'tablet', 'unknown'])), undefined),
  subKey: z.catch(z.optional(z.enum(SUB_KEYS)), undefined),
  subValue: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(255))), undefined),
  clickId: z.catch(z.optional(z.uuid()), undefined),
  by: z.catch(z.optional(z.enum(['program', 'edition', 'country', 'device', ...SUB_KEYS])), undefined),
  ...sortSearch(['clicks', 'uniqueClicks', 'conversions', 'visitors']),
});

export type StatsSearch = z.infer<typeof statsSearchSchema> & DateRangeSearch;

// The shared stats components take this search; the affiliate's is the same without app and affiliate.
const _fitsShared = (search: StatsSearch): SharedStatsSearch => search;
void _fitsShared;

export const Route = createFileRoute('/_app/affiliate/$orgId/stats')({
  validateSearch: statsSearchSchema,
  loaderDeps: ({ search }) => search,
  // The reports start as the URL matches, beside the page's code, not after its first render.
  loader: ({ context: { queryClient }, params: { orgId }, deps }) =>
    prefetchStatsPage(queryClient, affiliateStatsPageQueries(orgId, deps)),
  component: StatsPage,
});

// Hooks take the route id instead of `Route.use…`: a split component importing this module would move it out of
// the entry into a chunk of its own, which the login page would then load too.
function StatsPage() {
  const { t } = useTranslation('earnings');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/stats' });
  const { advertiser } = useRouteContext({ from: '/_app/affiliate/$orgId/stats' });
  const search = useSearch({ from: '/_app/affiliate/$orgId/stats' }) as StatsSearch;
  const navigate = useNavigate({ from: '/affiliate/$orgId/stats' });
  // The shared components speak the wider search; this page offers them only its own breakdowns and filters.
  const setSearch = (next: Partial<SharedStatsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...(next as Partial<StatsSearch>) }), replace: true });

  const { base, by, headline, series, previousSeries, breakdown } = useStatsPage(
    affiliateStatsPageQueries(orgId, search),
  );
  const programs = (useMyPrograms(orgId).data ?? []).map((p) => ({ value: p.program.id, label: p.program.name }));
  const editions = useMyEditions(orgId).data ?? [];
  const earningsColumns = useEarningsColumns();
  const csvQuery = { ...base, granularity: 'total' as const, groupBy: by };

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.description', { advertiser: advertiser.name })}
        actions={
          <DownloadButton
            label={t('stats.exportCsv')}
            fallbackName={`stats_${base.from}_${base.to}_by-total_${by}.csv`}
            fetchFile={() => downloadStatsCsv(orgId, csvQuery)}
          />
        }
      />
      <StatsFilters search={search} programs={programs} onChange={setSearch} withClickLookup />
      {base.tz === 'UTC' && reportTimeZone() !== Intl.DateTimeFormat().resolvedOptions().timeZone && (
        <Alert variant="light" mb="lg">
          {t('stats.utcNotice')}
        </Alert>
      )}
      {search.clickId && (
        <ClickLookup orgId={orgId} clickId={search.clickId} onClose={() => setSearch({ clickId: undefined })} />
      )}
      <QueryState query={headline}>
        {(report) => <StatsHeadline report={report} money={<EarningsCards report={report} />} />}
      </QueryState>
      <QueryState query={series}>
        {(report) => (
          <StatsChart
            report={report}
            from={base.from ?? ''}
            to={base.to ?? ''}
            previous={previousSeries.data ?? null}
          />
        )}
      </QueryState>
      <StatsBreakdown
        query={breakdown}
        by={by}
        allowed={allowedBreakdowns(search).filter((b) => b !== 'edition' || editions.length > 0)}
        sort={search.sort}
        nameOf={(b, id) =>
          b === 'edition'
            ? (editions.find((e) => e.id === id)?.name ?? id)
            : (programs.find((p) => p.value === id)?.label ?? id)
        }
        moneyColumns={earningsColumns}
        breakdownLabel={(b) => (b === 'app' || b === 'affiliate' ? b : t(`stats.breakdowns.${b}`))}
        onChange={(next) => setSearch(next)}
      />
    </>
  );
}
