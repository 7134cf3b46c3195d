import { Box, Title } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { useTranslation } from 'react-i18next';
import { LinkAnalytics } from '@/features/links';
import { LinkForm } from '@/features/links';
import { formToBody, linkToForm } from '@/features/links';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { ApiError } from '@/lib/api/api-error';
import { dateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { useLink, useUpdateLink } from '@/features/links';
import { useMyPrograms } from '@/features/enrollments';
import { notifyDone } from '@/lib/notify-done';

// The period of the analytics lives in the URL, so a view can be shared or reloaded.
export const Route = createFileRoute('/_app/affiliate/$orgId/links/$linkId')({
  validateSearch: z.object(dateRangeSearch),
  component: LinkPage,
});

/** A link's analytics for the period (Dub's link page is the reference), and its settings below. */
function LinkPage() {
  const { t } = useTranslation('links');
  const { orgId, linkId } = useParams({ from: '/_app/affiliate/$orgId/links/$linkId' });
  const navigate = useNavigate({ from: '/affiliate/$orgId/links/$linkId' });
  const search = useSearch({ from: '/_app/affiliate/$orgId/links/$linkId' });
  const link = useLink(orgId, linkId);
  const programs = useMyPrograms(orgId);
  const update = useUpdateLink(orgId);
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const toList = () => void navigate({ to: '/affiliate/$orgId/links', params: { orgId } });

  return (
    <>
      <PageHeader title={link.data?.name ?? t('analytics.title')} description={link.data?.shortUrl} />
      <Box mb="md">
        <DateRangeFilter
          value={search}
          onChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })}
        />
      </Box>
      <LinkAnalytics orgId={orgId} linkId={linkId} range={resolveDateRange(search)} />
      <Title order={2} fz="h3" mb="md" id="edit-link">
        {t('edit.title')}
      </Title>
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
                        notifyDone(t('edit.saved'));
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
