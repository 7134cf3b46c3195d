import { Group, Select, Stack } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type DateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { useOrgAudit } from './queries/org-audit';
import { useMembers } from '@/features/organizations';
import { AuditActionSelect } from './audit-action-select';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { AuditTable } from './org-audit-table';
import { type SettingsSearch, SETTINGS_FROM } from '@/features/organizations';

/** Local calendar days to the API's inclusive instants: the first and the last millisecond of the range. */
function rangeInstants(search: DateRangeSearch): { from: string; to: string } {
  const { from, to } = resolveDateRange(search);
  const start = new Date(`${from}T00:00:00`);
  const end = new Date(`${to}T23:59:59.999`);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** Who did what and when, newest first; filters (action, actor, dates) live in the URL. */
export function AuditLog() {
  const { t } = useTranslation('orgsetup');
  const { orgId } = useParams({ from: SETTINGS_FROM });
  const search = useSearch({ from: SETTINGS_FROM }) as SettingsSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/settings' });
  const setSearch = (next: Partial<SettingsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const members = useMembers(orgId).data ?? [];
  const entries = useOrgAudit(orgId, {
    ...rangeInstants(search),
    ...(search.action ? { action: search.action } : {}),
    ...(search.actor ? { actorId: search.actor } : {}),
  });
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <DateRangeFilter value={search} onChange={setSearch} />
        <AuditActionSelect
          label={t('audit.filters.action')}
          value={search.action}
          onChange={(action) => setSearch({ action })}
        />
        <Select
          label={t('audit.filters.actor')}
          placeholder={t('audit.filters.anyone')}
          data={members.map((m) => ({
            value: m.userId,
            label: [m.firstName, m.lastName].filter(Boolean).join(' ') || m.email,
          }))}
          value={search.actor ?? null}
          onChange={(actor) => setSearch({ actor: actor ?? undefined })}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <AuditTable query={entries} />
    </Stack>
  );
}
