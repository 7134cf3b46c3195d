import { Group, Stack, Title } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { DateRangeFilter } from '@/components/date-range-filter';
import { affiliateName } from '@/components/org-affiliates/affiliate-name';
import { AffiliateStats } from '@/components/org-affiliates/affiliate-stats';
import { EnrollmentActions } from '@/components/org-affiliates/enrollment-actions';
import { EnrollmentFacts } from '@/components/org-affiliates/enrollment-facts';
import { OrgEnrollmentStatusBadge } from '@/components/org-affiliates/enrollment-status-badge';
import { OverridesForm } from '@/components/org-affiliates/overrides-form';
import { PageHeader } from '@/components/page-header';
import { GroupBadge } from '@/components/program-groups/group-badge';
import { QueryState } from '@/components/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { dateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { useOrgEnrollment } from '@/queries/org-enrollments';
import { useOrgProgram } from '@/queries/org-programs';

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

  return (
    <QueryState query={enrollment}>
      {(e) => (
        <>
          <PageHeader
            title={
              <Group gap="sm" component="span" wrap="wrap">
                <span>{affiliateName(e.affiliate)}</span>
                <OrgEnrollmentStatusBadge status={e.status} />
                <GroupBadge group={e.group} />
              </Group>
            }
            description={t('detailAffiliate.description', { program: e.programName })}
            actions={canEdit && <EnrollmentActions orgId={orgId} enrollment={e} size="sm" />}
          />
          <Stack gap="lg">
            <EnrollmentFacts enrollment={e} program={program.data} />
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
