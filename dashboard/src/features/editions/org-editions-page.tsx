import { Group, Select } from '@mantine/core';
import { EditionStatus } from '@schema/enums';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgApps } from '@/features/apps';
import { useOrgEditions } from './queries/org-editions';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { OrgEditionsTable } from './org-editions-table';

const route = getRouteApi('/_app/orgs/$orgId/editions');

/** The advertiser's branded editions across its apps, filtered by app and status, with their decisions. */
export function OrgEditionsPage() {
  const { t } = useTranslation('editions');
  const { orgId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const access = useOrgAccess();
  const apps = useOrgApps(orgId);
  // The URL's filters, kept only when they are an id and a status (the route takes any string).
  const app = z.safeParse(z.uuid(), search.app).data;
  const status = EditionStatus.find((s) => s === search.status);
  const editions = useOrgEditions(orgId, { app, status });
  return (
    <>
      <PageHeader title={t('org.title')} description={t('org.description')} />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('org.filterApp')}
          placeholder={t('org.allApps')}
          data={(apps.data ?? []).map((app) => ({ value: app.id, label: app.name }))}
          value={app ?? null}
          onChange={(app) => void navigate({ search: (prev) => ({ ...prev, app: app ?? undefined }) })}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('org.filterStatus')}
          placeholder={t('org.allStatuses')}
          data={EditionStatus.map((value) => ({ value, label: t(`status.${value}`) }))}
          value={status ?? null}
          onChange={(status) =>
            void navigate({
              search: (prev) => ({ ...prev, status: (status as EditionStatus | null) ?? undefined }),
            })
          }
          clearable
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <QueryState query={editions}>
        {(items) => (
          <OrgEditionsTable
            orgId={orgId}
            editions={items}
            withActions={access.canManage && !access.readOnly}
            filtered={Boolean(app || status)}
          />
        )}
      </QueryState>
    </>
  );
}
