import { Badge, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatDate, formatNumber } from '@/lib/format';
import { type PlatformOrganization, type PlatformOrganizationsQuery, usePlatformOrganizations } from '@/features/plans';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { SetOrgPlanButton } from '@/features/plans';
import { RouterAnchor } from '@/ui/router-anchor';

const column = createColumnHelper<PlatformOrganization>();

const STATUS_COLOR = { active: 'teal', suspended: 'yellow', closed: 'gray' } as const;

/** Every advertiser organization, each linking to its console (platform staff may open any). */
export function TenantsTable({ filters }: { filters: PlatformOrganizationsQuery }) {
  const { t, i18n } = useTranslation('platform');
  const { t: tc } = useTranslation();
  const lng = i18n.language;
  const { readOnly } = usePlatformAccess();
  const query = usePlatformOrganizations(filters);
  const columns = [
    column.accessor('name', {
      header: t('tenants.columns.name'),
      cell: (i) => {
        const organization = i.row.original;
        return (
          <Stack gap={0} maw={280}>
            <RouterAnchor
              to="/orgs/$orgId"
              params={{ orgId: organization.id }}
              fw={600}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {organization.name}
            </RouterAnchor>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {organization.customDomains[0] ?? organization.slug}
            </Text>
          </Stack>
        );
      },
    }),
    column.accessor('plan', {
      header: t('tenants.columns.plan'),
      // Plans the platform added have no translated name: their code stands in.
      cell: (i) => (
        // Wraps in a phone's half-width card cell: the button goes under the plan's name instead of cutting it
        // mid-word ("Тари ф Pro").
        <Group gap="xs" wrap="wrap">
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {tc(`org.plans.${i.getValue()}` as 'org.plans.starter', { defaultValue: i.getValue() })}
          </Text>
          {!readOnly && (
            <SetOrgPlanButton orgId={i.row.original.id} orgName={i.row.original.name} planCode={i.getValue()} />
          )}
        </Group>
      ),
    }),
    column.accessor('status', {
      header: t('tenants.columns.status'),
      cell: (i) => (
        <Badge variant="light" color={STATUS_COLOR[i.getValue()]} styles={{ label: { overflow: 'visible' } }}>
          {t(`tenants.status.${i.getValue()}`)}
        </Badge>
      ),
    }),
    column.accessor('memberCount', {
      header: t('tenants.columns.members'),
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
    column.accessor('programCount', {
      header: t('tenants.columns.programs'),
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
    column.accessor('createdAt', {
      header: t('tenants.columns.createdAt'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(i.getValue(), lng)}
        </Text>
      ),
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('tenants.title')}
      columns={columns}
      empty={<EmptyState title={t('tenants.emptyTitle')} description={t('tenants.emptyDescription')} />}
    />
  );
}
