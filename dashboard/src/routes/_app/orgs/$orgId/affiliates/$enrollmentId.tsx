import { Grid, Group, Stack, Title } from '@mantine/core';
import { IconMessage } from '@tabler/icons-react';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ApplicationSection } from '@/features/enrollments';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { BalancesSection } from '@/features/affiliate-notes';
import { affiliateName } from '@/features/enrollments';
import { FraudSection } from '@/features/affiliate-notes';
import { NotesSection } from '@/features/affiliate-notes';
import { ProfileTitle } from '@/features/affiliate-notes';
import { ProgramsSection } from '@/features/affiliate-notes';
import { TagsSection } from '@/features/affiliate-notes';
import { AffiliateStats } from '@/features/enrollments';
import { EnrollmentActions } from '@/features/enrollments';
import { EnrollmentFacts } from '@/features/enrollments';
import { OverridesForm } from '@/features/enrollments';
import { PageHeader } from '@/ui/page-header';
import { RouterButton } from '@/ui/router-button';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { dateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { useOrgEnrollment } from '@/features/enrollments';
import { useOrgProgram } from '@/features/programs';

export const Route = createFileRoute('/_app/orgs/$orgId/affiliates/$enrollmentId')({
  // The period of the stats lives in the URL.
  validateSearch: z.object(dateRangeSearch),
  component: AffiliatePage,
});

function AffiliatePage() {
  const { t } = useTranslation('orgprograms');
  const { orgId, enrollmentId } = useParams({ from: '/_app/orgs/$orgId/affiliates/$enrollmentId' });
  const search = useSearch({ from: '/_app/orgs/$orgId/affiliates/$enrollmentId' });
  const navigate = useNavigate({ from: '/orgs/$orgId/affiliates/$enrollmentId' });
  const access = useOrgAccess();
  const enrollment = useOrgEnrollment(orgId, enrollmentId);
  const program = useOrgProgram(orgId, enrollment.data?.programId ?? '');
  const canEdit = access.canManage && !access.readOnly;
  const canReadStats = access.canManage || access.canReadMoney;
  const canReadMoney = access.canReadMoney;

  return (
    <QueryState query={enrollment} skeleton="detail">
      {(e) => (
        <>
          <PageHeader
            tabTitle={affiliateName(e.affiliate)}
            title={<ProfileTitle enrollment={e} />}
            description={t('detailAffiliate.description', { program: e.programName })}
            actions={
              canEdit && (
                <>
                  <RouterButton
                    to="/orgs/$orgId/inbox"
                    params={{ orgId }}
                    search={{ affiliate: e.affiliate.id, name: affiliateName(e.affiliate) } as never}
                    variant="default"
                    size="sm"
                    leftSection={<IconMessage size={16} aria-hidden />}
                  >
                    {t('detailAffiliate.message')}
                  </RouterButton>
                  <EnrollmentActions orgId={orgId} enrollment={e} size="sm" />
                </>
              )
            }
          />
          <Stack gap="lg">
            <TagsSection orgId={orgId} affiliateId={e.affiliate.id} canEdit={canEdit} />
            <EnrollmentFacts enrollment={e} program={program.data} />
            <ApplicationSection enrollment={e} />
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: canReadMoney ? 5 : 12 }}>
                <ProgramsSection orgId={orgId} affiliateId={e.affiliate.id} current={e.id} />
              </Grid.Col>
              {canReadMoney && (
                <Grid.Col span={{ base: 12, md: 7 }}>
                  <BalancesSection orgId={orgId} affiliateId={e.affiliate.id} />
                </Grid.Col>
              )}
            </Grid>
            <NotesSection orgId={orgId} affiliateId={e.affiliate.id} canEdit={canEdit} />
            <FraudSection orgId={orgId} affiliateId={e.affiliate.id} />
            {canEdit && program.data && (
              <OverridesForm key={e.updatedAt} orgId={orgId} enrollment={e} program={program.data} />
            )}
            {canReadStats && (
              <Stack gap="md">
                <Group justify="space-between" align="flex-end" wrap="wrap">
                  <Title order={2} fz="h3">
                    {t('stats.title')}
                  </Title>
                  <DateRangeFilter
                    value={search}
                    onChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })}
                  />
                </Group>
                <AffiliateStats
                  orgId={orgId}
                  affiliateId={e.affiliate.id}
                  programId={e.programId}
                  range={resolveDateRange(search)}
                />
              </Stack>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
