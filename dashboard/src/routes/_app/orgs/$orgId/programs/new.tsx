import { createFileRoute, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/ui/empty-state';
import { ProgramForm } from '@/features/programs';
import { emptyProgramForm, formToCreateBody } from '@/features/programs';
import { notifyDone } from '@/lib/notify-done';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useCreateProgram, useProgramApps } from '@/features/programs';

export const Route = createFileRoute('/_app/orgs/$orgId/programs/new')({
  component: NewProgramPage,
});

function NewProgramPage() {
  const { t } = useTranslation('orgprograms');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/programs/new' });
  const navigate = useNavigate({ from: '/orgs/$orgId/programs/new' });
  const access = useOrgAccess();
  const apps = useProgramApps(orgId);
  const create = useCreateProgram(orgId);
  const [submitting, setSubmitting] = useState<string | null>(null);

  if (!access.canManage || access.readOnly)
    return (
      <>
        <PageHeader title={t('new.title')} />
        <EmptyState title={t('new.notAllowedTitle')} description={t('new.notAllowedDescription')} />
      </>
    );

  return (
    <>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <QueryState query={apps}>
        {(items) => {
          const [first] = items;
          if (!first) return <EmptyState title={t('new.noAppsTitle')} description={t('new.noAppsDescription')} />;
          return (
            <ProgramForm
              initialValues={emptyProgramForm(first.id, first.siteUrl)}
              apps={items}
              actions={[
                { id: 'draft', label: t('new.saveDraft'), variant: 'default' },
                { id: 'active', label: t('new.createActive') },
              ]}
              submitting={create.isPending ? submitting : null}
              error={create.error}
              onCancel={() => void navigate({ to: '/orgs/$orgId/programs', params: { orgId } })}
              onSubmit={(values, actionId) => {
                const status = actionId === 'active' ? 'active' : 'draft';
                setSubmitting(actionId);
                create.mutate(formToCreateBody(values, status), {
                  onSuccess: (program) => {
                    notifyDone(t('new.created', { name: program.name }));
                    void navigate({
                      to: '/orgs/$orgId/programs/$programId',
                      params: { orgId, programId: program.id },
                    });
                  },
                });
              }}
            />
          );
        }}
      </QueryState>
    </>
  );
}
