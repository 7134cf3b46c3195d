import { Group, Stack } from '@mantine/core';
import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EnrollmentStatusBadge } from '@/features/enrollments';
import { ProgramOffers } from '@/features/enrollments';
import { MyProgramBounties } from '@/features/bounties';
import { ProgramOverview } from '@/pages/program-overview';
import { EmptyState } from '@/ui/empty-state';
import { GroupBadge } from '@/features/enrollments';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { useMyPrograms } from '@/features/enrollments';

export const Route = createFileRoute('/_app/affiliate/$orgId/programs/$programId')({
  component: ProgramPage,
});

/** One joined program: found among the advertiser's enrollments, which carry the affiliate's own terms and links. */
function ProgramPage() {
  const { t } = useTranslation('programs');
  const { orgId, programId } = useParams({ from: '/_app/affiliate/$orgId/programs/$programId' });
  const programs = useMyPrograms(orgId);
  return (
    <QueryState query={programs}>
      {(items) => {
        const enrollment = items.find((item) => item.program.id === programId);
        if (!enrollment)
          return (
            <EmptyState
              title={t('program.notFoundTitle')}
              description={t('program.notFoundDescription')}
              action={
                <RouterButton variant="light" to="/affiliate/$orgId/programs" params={{ orgId }}>
                  {t('program.backToList')}
                </RouterButton>
              }
            />
          );
        return (
          <>
            <PageHeader
              title={enrollment.program.name}
              description={enrollment.program.appName}
              actions={
                <Group gap="xs">
                  <EnrollmentStatusBadge status={enrollment.status} />
                  <GroupBadge group={enrollment.group} />
                </Group>
              }
            />
            <Stack gap="lg">
              <ProgramOverview
                orgId={orgId}
                enrollment={enrollment}
                bounties={<MyProgramBounties orgId={orgId} programId={enrollment.program.id} />}
              />
              <ProgramOffers orgId={orgId} />
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
