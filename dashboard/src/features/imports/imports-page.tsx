import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgImports } from './queries/org-imports';
import { orgProgramOptionsQueryOptions } from '@/features/organizations';
import { EmptyState } from '@/ui/empty-state';
import { notifyDone } from '@/lib/notify-done';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { ImportCard } from './import-card';
import { StartImportForm } from './start-import-form';

/** Imports from other affiliate products: start one (its dry run), follow it, run it, read its report. */
export function ImportsPage() {
  const { t } = useTranslation('orgsetup', { keyPrefix: 'imports' });
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/imports' });
  const access = useOrgAccess();
  const canManage = access.canManage && !access.readOnly;
  const imports = useOrgImports(orgId);
  const programs = useQuery(orgProgramOptionsQueryOptions(orgId));
  const programName = (id: string) => programs.data?.find((p) => p.value === id)?.label ?? null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="xl">
        {canManage && (
          <StartImportForm
            orgId={orgId}
            onStarted={() => notifyDone(t('form.started'))}
            secondary={imports.data?.some((job) => job.status === 'planned') ?? false}
          />
        )}
        <Stack gap="md" component="section" aria-labelledby="imports-list">
          <Title order={2} fz="h4" id="imports-list">
            {t('list.title')}
          </Title>
          <QueryState query={imports} skeleton="cards">
            {(items) =>
              items.length === 0 ? (
                <EmptyState
                  title={t('list.emptyTitle')}
                  description={canManage ? t('list.emptyDescription') : t('list.emptyReadOnly')}
                />
              ) : (
                <Stack gap="lg">
                  {items.map((job) => (
                    <ImportCard
                      key={job.id}
                      orgId={orgId}
                      job={job}
                      programName={programName(job.options.programId)}
                      canManage={canManage}
                      onRun={notifyDone}
                    />
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </Stack>
      </Stack>
    </>
  );
}
