import { Alert } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { DownloadButton } from '@/ui/download-button';
import { DiscountCards } from '@/features/stats';
import { MoneyCards } from '@/features/stats';
import { AffiliateFilter, AppFilter } from '@/features/organizations';
import { useMoneyColumns } from '@/features/stats';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { StatsBreakdown } from '@/features/stats';
import { StatsChart } from '@/features/stats';
import { StatsFilters } from '@/features/stats';
import { StatsHeadline } from '@/features/stats';
import { BREAKDOWNS, DEVICES, OWNER_BREAKDOWNS, SUB_KEYS } from '@/features/stats';
import { allowedBreakdowns, type Breakdown, reportTimeZone, type StatsSearch } from '@/features/stats';
import { dateRangeSearch } from '@/lib/date-range';
import { sortSearch } from '@/lib/table-search';
import { downloadOrgReportCsv, orgStatsPageQueries, useStatsPage } from '@/features/stats';
import { prefetchOrgStats } from '@/pages/org-stats-prefetch';
import { useOrgEditions } from '@/features/editions';
import { useOrgAffiliateOptions, useOrgAppOptions, useOrgProgramOptions } from '@/features/organizations';

/** The page's URL: date range, filters (app and affiliate beside the affiliate's own), breakdown and sort. */
const orgStatsSearchSchema = z.object({
  ...dateRangeSearch,
  program: z.catch(z.optional(z.uuid()), undefined),
  app: z.catch(z.optional(z.uuid()), undefined),
  affiliate: z.catch(z.optional(z.uuid()), undefined),
  country: z.catch(z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))), undefined),
  device: z.catch(z.optional(z.enum(DEVICES)), undefined),
  subKey: z.catch(z.optional(z.enum(SUB_KEYS)), undefined),
  subValue: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(255))), undefined),
  by: z.catch(z.optional(z.enum(BREAKDOWNS)), undefined),
  ...sortSearch(['clicks', 'uniqueClicks', 'conversions', 'visitors']),
});

export const Route = createFileRoute('/_app/orgs/$orgId/stats')({
  validateSearch: orgStatsSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, params: { orgId }, deps }) =>
    prefetchOrgStats(queryClient, orgId, deps as StatsSearch),
  component: OrgStatsPage,
});

// Hooks take the route id instead of `Route.use…`, which would make this file a chunk the login page loads.
function OrgStatsPage() {
  const { t } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/stats' });
  const search = useSearch({ from: '/_app/orgs/$orgId/stats' }) as StatsSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/stats' });
  const setSearch = (next: Partial<StatsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }) as never, replace: true });

  const programs = useOrgProgramOptions(orgId).data ?? [];
  const apps = useOrgAppOptions(orgId).data ?? [];
  const affiliates = useOrgAffiliateOptions(orgId).data ?? [];
  const { base, by, headline, series, previousSeries, breakdown } = useStatsPage(orgStatsPageQueries(orgId, search));
  const moneyColumns = useMoneyColumns();
  const editions = (useOrgEditions(orgId, {}).data ?? []).map((e) => ({ value: e.id, label: e.name }));
  const names = { program: programs, app: apps, affiliate: affiliates, edition: editions } as const;
  const nameOf = (dimension: Breakdown, id: string) =>
    (dimension in names ? names[dimension as keyof typeof names] : []).find((o) => o.value === id)?.label ?? id;
  const breakdownLabel = (b: Breakdown) =>
    b === 'app' || b === 'affiliate' ? t(`stats.breakdowns.${b}`) : te(`stats.breakdowns.${b}`);
  const width = { base: '100%', xs: 200 };

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.description')}
        actions={
          <DownloadButton
            label={t('stats.exportCsv')}
            fallbackName={`stats_${base.from}_${base.to}_by-total_${by}.csv`}
            fetchFile={() => downloadOrgReportCsv(orgId, { ...base, granularity: 'total', groupBy: by })}
          />
        }
      />
      <StatsFilters
        search={search}
        programs={programs}
        onChange={setSearch}
        extra={
          <>
            <AppFilter orgId={orgId} value={search.app} onChange={(app) => setSearch({ app })} w={width} />
            <AffiliateFilter
              orgId={orgId}
              value={search.affiliate}
              onChange={(affiliate) => setSearch({ affiliate })}
            />
          </>
        }
      />
      {base.tz === 'UTC' && reportTimeZone() !== Intl.DateTimeFormat().resolvedOptions().timeZone && (
        <Alert variant="light" mb="lg">
          {te('stats.utcNotice')}
        </Alert>
      )}
      <QueryState query={headline}>
        {(report) => <StatsHeadline report={report} money={<MoneyCards report={report} />} />}
      </QueryState>
      <DiscountCards orgId={orgId} {...(base.from ? { from: base.from } : {})} {...(base.to ? { to: base.to } : {})} />
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
        allowed={allowedBreakdowns(search, OWNER_BREAKDOWNS).filter((b) => b !== 'edition' || editions.length > 0)}
        sort={search.sort}
        nameOf={nameOf}
        moneyColumns={moneyColumns}
        breakdownLabel={breakdownLabel}
        onChange={setSearch}
      />
    </>
  );
}
