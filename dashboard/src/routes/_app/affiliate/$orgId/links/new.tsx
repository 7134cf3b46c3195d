import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { LinkForm } from '@/features/links';
import { emptyLinkForm, formToBody } from '@/features/links';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { ApiError } from '@/lib/api/api-error';
import { useCreateLink } from '@/features/links';
import { useMyPrograms } from '@/features/enrollments';
import { notifyDone } from '@/lib/notify-done';

export const Route = createFileRoute('/_app/affiliate/$orgId/links/new')({
  // Opened from a program page with that program chosen.
  validateSearch: z.object({ programId: z.catch(z.optional(z.uuid()), undefined) }),
  component: NewLinkPage,
});

function NewLinkPage() {
  const { t } = useTranslation('links');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/links/new' });
  const { programId } = useSearch({ from: '/_app/affiliate/$orgId/links/new' });
  const navigate = useNavigate({ from: '/affiliate/$orgId/links/new' });
  const programs = useMyPrograms(orgId);
  const create = useCreateLink(orgId);
  const conflict = create.error instanceof ApiError && create.error.status === 409;
  const toList = () => void navigate({ to: '/affiliate/$orgId/links', params: { orgId }, search: { programId } });

  return (
    <>
      <PageHeader title={t('builder.title')} description={t('builder.description')} />
      <QueryState query={programs}>
        {(items) => {
          const active = items.filter((e) => e.status === 'active');
          const chosen = active.find((e) => e.program.id === programId) ?? active[0];
          if (!chosen)
            return (
              <EmptyState
                title={t('builder.noProgramsTitle')}
                description={t('builder.noProgramsDescription')}
                action={<RouterButton to="/affiliate/marketplace">{t('builder.toMarketplace')}</RouterButton>}
              />
            );
          return (
            <LinkForm
              initialValues={emptyLinkForm(chosen.id, chosen.program.landingUrl)}
              enrollments={active}
              submitLabel={t('builder.create')}
              submitting={create.isPending}
              slugTaken={conflict}
              submitError={create.isError && !conflict ? t('errors.saveFailed') : null}
              onCancel={toList}
              onSubmit={(values) =>
                create.mutate(formToBody(values), {
                  onSuccess: (link) => {
                    notifyDone(t('builder.created', { url: link.shortUrl }));
                    toList();
                  },
                })
              }
            />
          );
        }}
      </QueryState>
    </>
  );
}
