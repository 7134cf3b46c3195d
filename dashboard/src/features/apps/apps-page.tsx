import { Badge, Stack, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { formatDate } from '@/lib/format';
import { type OrgApp, useCreateApp, useOrgApps } from './queries/org-apps';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { AppForm } from './app-form';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

const column = createColumnHelper<OrgApp>();

/** The organization's apps (the products whose conversions are tracked) and the form that adds one. */
export function AppsPage() {
  const { t, i18n } = useTranslation('orgsetup');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/apps/' });
  const access = useOrgAccess();
  const apps = useOrgApps(orgId);
  const create = useCreateApp(orgId);
  const navigate = useNavigate();
  const columns = [
    column.accessor('name', {
      header: t('apps.columns.name'),
      cell: (info) => (
        <RouterAnchor to="/orgs/$orgId/apps/$appId" params={{ orgId, appId: info.row.original.id }} fw={600}>
          {info.getValue()}
        </RouterAnchor>
      ),
    }),
    column.accessor('siteUrl', {
      header: t('apps.columns.site'),
      cell: (info) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('allowedDomains', {
      header: t('apps.columns.domains'),
      cell: (info) => info.getValue().join(', '),
    }),
    column.accessor('status', {
      header: t('apps.columns.status'),
      cell: (info) => (
        <Badge variant="light" color={info.getValue() === 'active' ? 'teal' : 'gray'}>
          {t(`apps.status.${info.getValue()}`)}
        </Badge>
      ),
    }),
    column.accessor('createdAt', {
      header: t('apps.columns.created'),
      cell: (info) => formatDate(info.getValue(), i18n.language),
    }),
  ];
  return (
    <>
      <PageHeader title={t('apps.title')} description={t('apps.description')} />
      <Stack gap="xl">
        <QueryState query={apps}>
          {(items) => (
            <DataTable
              caption={t('apps.title')}
              columns={columns}
              data={items}
              getRowId={(app) => app.id}
              empty={<EmptyState title={t('apps.emptyTitle')} description={t('apps.emptyDescription')} />}
            />
          )}
        </QueryState>
        {access.canManage && !access.readOnly && (
          <SectionCard title={t('apps.new')} id="new-app-title">
            <AppForm
              submitLabel={t('apps.form.create')}
              pending={create.isPending}
              error={create.error}
              onSubmit={(body) =>
                create.mutate(body, {
                  onSuccess: (app) => {
                    notifyDone(t('apps.created', { name: app.name }));
                    void navigate({ to: '/orgs/$orgId/apps/$appId', params: { orgId, appId: app.id } });
                  },
                })
              }
            />
          </SectionCard>
        )}
      </Stack>
    </>
  );
}
