import { ROLLUP_NONE_ID } from '@contracts/ids';
import { Grid, Group, SimpleGrid, Stack } from '@mantine/core';
import { useNavigate, useParams, useRouteContext, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import type { DateRangeSearch } from '@/lib/date-range';
import { useFlaggedConversions } from '@/features/conversions';
import { useEnrollmentLookup, useProgramLookup } from '@/features/organizations';
import { useOnboarding } from '@/features/onboarding';
import { useOrgOverviewReports } from '@/features/stats';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { StatsChart } from '@/features/stats';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { ChecklistCard } from '@/features/onboarding';
import { FlaggedCard } from './flagged-card';
import { FunnelCard } from './funnel-card';
import { ONBOARDING_STEPS, settledSteps } from '@/features/onboarding';
import { OrgHeadline } from './org-headline';
import { TopTable } from './top-table';
import { useChecklistDismissed } from '@/features/onboarding';

const FROM = '/_app/orgs/$orgId/' as const;

/**
 * The organization at a glance: the period against the one before, its trend beside its funnel, the leaders and
 * the review queue.
 */
export function OverviewPage() {
  const { t } = useTranslation('orgsetup');
  const { orgId } = useParams({ from: FROM });
  const { organization } = useRouteContext({ from: FROM });
  const access = useOrgAccess();
  const search = useSearch({ from: FROM }) as DateRangeSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/' });
  const { range, headline, series, topPrograms, topAffiliates } = useOrgOverviewReports(orgId, search);
  const programs = useProgramLookup(orgId).data ?? [];
  const enrollments = useEnrollmentLookup(orgId).data ?? [];
  const flagged = useFlaggedConversions(orgId);
  const onboarding = useOnboarding(orgId);
  const [dismissed, setDismissed] = useChecklistDismissed(orgId);

  const programName = (id: string) =>
    id === ROLLUP_NONE_ID
      ? t('overview.notAttributed')
      : (programs.find((p) => p.id === id)?.name ?? t('overview.unknownId', { id: id.slice(0, 8) }));
  const affiliateName = (id: string) => {
    if (id === ROLLUP_NONE_ID) return t('overview.notAttributed');
    const affiliate = enrollments.find((e) => e.affiliate.id === id)?.affiliate;
    if (!affiliate) return t('overview.unknownId', { id: id.slice(0, 8) });
    // Names, not emails, in tables; the email is on the affiliate's profile.
    return [affiliate.firstName, affiliate.lastName].filter(Boolean).join(' ') || affiliate.email;
  };
  const progress = onboarding.data;
  const showChecklist =
    access.canManage &&
    !access.readOnly &&
    !dismissed &&
    progress !== undefined &&
    settledSteps(progress.steps) < ONBOARDING_STEPS.length;

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description', { name: organization.name })}
        actions={
          <DateRangeFilter
            value={search}
            onChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
          />
        }
      />
      {showChecklist && <ChecklistCard orgId={orgId} progress={progress} onDismiss={() => setDismissed(true)} />}
      <QueryState query={headline} skeleton="cards">
        {(report) => <OrgHeadline report={report} />}
      </QueryState>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <QueryState query={series}>
            {(report) => <StatsChart report={report} from={range.from} to={range.to} />}
          </QueryState>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <QueryState query={headline}>{(report) => <FunnelCard report={report} />}</QueryState>
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" mb="lg">
        <QueryState query={topPrograms}>
          {(report) => (
            <TopTable
              testId="top-programs"
              title={t('overview.top.programs')}
              nameHeader={t('overview.top.program')}
              report={report}
              dimension="program"
              nameOf={programName}
            />
          )}
        </QueryState>
        <QueryState query={topAffiliates}>
          {(report) => (
            <TopTable
              testId="top-affiliates"
              title={t('overview.top.affiliates')}
              nameHeader={t('overview.top.affiliate')}
              report={report}
              dimension="affiliate"
              nameOf={affiliateName}
            />
          )}
        </QueryState>
      </SimpleGrid>
      <Stack>
        <Group grow align="flex-start">
          <QueryState query={flagged}>
            {(page) => <FlaggedCard orgId={orgId} items={page.items} more={page.nextCursor !== null} />}
          </QueryState>
        </Group>
      </Stack>
    </>
  );
}
