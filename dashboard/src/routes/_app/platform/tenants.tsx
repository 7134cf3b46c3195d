import { Group, Select, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { SearchField } from '@/features/system';
import { TenantsTable } from '@/features/system';

const STATUSES = ['active', 'suspended', 'closed'] as const;

/** The tenant list's search and status filter in the URL. */
const tenantsSearchSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  status: z.catch(z.optional(z.enum(STATUSES)), undefined),
});

export const Route = createFileRoute('/_app/platform/tenants')({
  validateSearch: tenantsSearchSchema,
  component: TenantsPage,
});

function TenantsPage() {
  const { t } = useTranslation('platform');
  const search = useSearch({ from: '/_app/platform/tenants' });
  const navigate = useNavigate({ from: '/platform/tenants' });
  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return (
    <>
      <PageHeader title={t('tenants.title')} description={t('tenants.description')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchField
            label={t('tenants.search')}
            placeholder={t('tenants.searchPlaceholder')}
            value={search.q}
            onChange={(q) => setSearch({ q })}
          />
          <Select
            label={t('tenants.columns.status')}
            placeholder={t('filters.any')}
            data={STATUSES.map((status) => ({ value: status, label: t(`tenants.status.${status}`) }))}
            value={search.status ?? null}
            onChange={(status) => setSearch({ status: STATUSES.find((s) => s === status) })}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
        </Group>
        <TenantsTable filters={search} />
      </Stack>
    </>
  );
}
