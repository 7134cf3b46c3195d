import { Group, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { AuditActionSelect } from '@/features/audit';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { PageHeader } from '@/ui/page-header';
import { AuditTable } from '@/features/audit';
import { SearchField } from '@/features/system';
import { auditActionSearch } from '@/lib/audit-action-search';
import { type DateRangeSearch, dateRangeSearch, resolveDateRange } from '@/lib/date-range';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit filters in the URL: period, exact action, one tenant, one actor. */
const auditSearchSchema = z.object({
  ...dateRangeSearch,
  action: z.catch(z.optional(auditActionSearch), undefined),
  organizationId: z.catch(z.optional(z.uuid()), undefined),
  actorId: z.catch(z.optional(z.uuid()), undefined),
});

export const Route = createFileRoute('/_app/platform/audit-log')({
  validateSearch: auditSearchSchema,
  component: AuditLogPage,
});

/** Calendar days in the browser's zone as the API's inclusive ISO instants. */
function periodOf(search: DateRangeSearch) {
  const { from, to } = resolveDateRange(search);
  return {
    from: new Date(`${from}T00:00:00`).toISOString(),
    to: new Date(`${to}T23:59:59.999`).toISOString(),
  };
}

function AuditLogPage() {
  const { t } = useTranslation('platform');
  const search = useSearch({ from: '/_app/platform/audit-log' }) as z.infer<typeof auditSearchSchema> & DateRangeSearch;
  const navigate = useNavigate({ from: '/platform/audit-log' });
  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const notId = (value: string) => (UUID.test(value) ? null : t('audit.badId'));
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Stack gap="md">
        <DateRangeFilter value={search} onChange={setSearch} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <AuditActionSelect
            label={t('audit.filters.action')}
            value={search.action}
            onChange={(action) => setSearch({ action })}
          />
          <SearchField
            label={t('audit.filters.organization')}
            placeholder={t('audit.filters.idPlaceholder')}
            value={search.organizationId}
            invalid={notId}
            onChange={(organizationId) => setSearch({ organizationId })}
          />
          <SearchField
            label={t('audit.filters.actor')}
            placeholder={t('audit.filters.idPlaceholder')}
            value={search.actorId}
            invalid={notId}
            onChange={(actorId) => setSearch({ actorId })}
          />
        </Group>
        <AuditTable
          filters={{
            ...periodOf(search),
            action: search.action,
            organizationId: search.organizationId,
            actorId: search.actorId,
          }}
        />
      </Stack>
    </>
  );
}
