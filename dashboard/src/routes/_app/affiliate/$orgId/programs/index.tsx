import { createFileRoute, useParams, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MyProgramList } from '@/features/enrollments';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { useMyPrograms } from '@/features/enrollments';

export const Route = createFileRoute('/_app/affiliate/$orgId/programs/')({
  component: MyProgramsPage,
});

/** The programs the affiliate joined with the selected advertiser. */
function MyProgramsPage() {
  const { t } = useTranslation('programs');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/programs/' });
  const { advertiser } = useRouteContext({ from: '/_app/affiliate/$orgId/programs/' });
  const programs = useMyPrograms(orgId);
  return (
    <>
      <PageHeader
        title={t('mine.title')}
        description={t('mine.description', { advertiser: advertiser.name })}
        actions={
          <RouterButton variant="default" to="/affiliate/marketplace">
            {t('mine.findMore')}
          </RouterButton>
        }
      />
      <QueryState query={programs}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('mine.emptyTitle')} description={t('mine.emptyDescription')} />
          ) : (
            <MyProgramList orgId={orgId} enrollments={items} />
          )
        }
      </QueryState>
    </>
  );
}
