import { Alert } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useRouteContext, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ClickLookup } from '@/features/conversions';
import { DownloadButton } from '@/ui/download-button';
import { useEarningsColumns } from '@/features/conversions';
import { EarningsCards } from '@/features/conversions';
import { StatsBreakdown } from '@/features/stats';
import { previousRange } from '@/features/stats';
import { StatsChart } from '@/features/stats';
import { StatsFilters } from '@/features/stats';
import { StatsHeadline } from '@/features/stats';
import {
  allowedBreakdowns,
  baseStatsQuery,
  breakdownOf,
  breakdownRequest,
  reportTimeZone,
  type StatsSearch as SharedStatsSearch,
} from '@/features/stats';
import { PageHeader } from '@/ui/page-header';
import { type DateRangeSearch, dateRangeSearch } from '@/lib/date-range';
import { sortSearch } from '@/lib/table-search';
import { QueryState } from '@/ui/query-state';
import { downloadStatsCsv, useStatsBreakdown, useStatsReport } from '@/features/stats';
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

  const base = baseStatsQuery(search);
  const by = breakdownOf(search);
  const programs = (useMyPrograms(orgId).data ?? []).map((p) => ({ value: p.program.id, label: p.program.name }));
  const editions = useMyEditions(orgId).data ?? [];
  const breakdown = useStatsBreakdown(orgId, { ...base, ...breakdownRequest(by, search.sort) });
  const earningsColumns = useEarningsColumns();
  const headline = useStatsReport(orgId, { ...base, granularity: 'total', compare: 'previous' });
  const granularity = base.from === base.to ? 'hour' : 'day';
  const series = useStatsReport(orgId, { ...base, granularity, limit: 1000 });
  // The period just before, bucket by bucket, drawn faint behind this one.
  const before = previousRange(base.from ?? '', base.to ?? '');
  const previousSeries = useStatsReport(orgId, { ...base, ...before, granularity, limit: 1000 });
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
