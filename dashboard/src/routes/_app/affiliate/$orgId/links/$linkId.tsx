import { notifications } from '@mantine/notifications';
import { createFileRoute, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LinkForm } from '@/components/affiliate/link-form';
import { formToBody, linkToForm } from '@/components/affiliate/link-form-values';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { ApiError } from '@/lib/api/api-error';
import { useLink, useUpdateLink } from '@/queries/links';
import { useMyPrograms } from '@/queries/my-programs';

export const Route = createFileRoute('/_app/affiliate/$orgId/links/$linkId')({
  component: EditLinkPage,
});

function EditLinkPage() {
  const { t } = useTranslation('links');
  const { orgId, linkId } = useParams({ from: '/_app/affiliate/$orgId/links/$linkId' });
  const navigate = useNavigate({ from: '/affiliate/$orgId/links/$linkId' });
  const link = useLink(orgId, linkId);
  const programs = useMyPrograms(orgId);
  const update = useUpdateLink(orgId);
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const toList = () => void navigate({ to: '/affiliate/$orgId/links', params: { orgId } });

  return (
    <>
      <PageHeader title={t('edit.title')} description={link.data?.shortUrl} />
      <QueryState query={link}>
        {(current) => (
          <QueryState query={programs}>
            {(items) => (
              <LinkForm
                initialValues={linkToForm(current)}
                enrollments={items.filter((e) => e.id === current.enrollmentId)}
                lockProgram
                submitLabel={t('edit.save')}
                submitting={update.isPending}
                slugTaken={conflict}
                submitError={update.isError && !conflict ? t('errors.saveFailed') : null}
                onCancel={toList}
                onSubmit={(values) => {
                  // The enrollment cannot change; the rest replaces the link's values (UTM and params whole).
                  const { enrollmentId: _, ...changes } = formToBody(values);
                  update.mutate(
                    { linkId, changes: { ...changes, utm: changes.utm ?? {}, params: changes.params ?? {} } },
                    {
                      onSuccess: () => {
                        notifications.show({
                          closeButtonProps: { 'aria-label': t('closeNotice') },
                          color: 'teal',
                          message: t('edit.saved'),
                        });
                        toList();
                      },
                    },
                  );
                }}
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
