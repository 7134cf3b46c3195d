import { Badge, Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '@/lib/format';
import { sessionsQueryOptions, type UserSession, useRevokeSession } from './queries/sessions';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { QueryState } from '@/ui/query-state';
import { DeviceName, deviceLabel } from './device-name';

const column = createColumnHelper<UserSession>();

/** Live sessions, most recently used first; any but this one can be ended here. */
export function SessionsTable() {
  const { t, i18n } = useTranslation('account');
  const query = useQuery(sessionsQueryOptions);
  const revoke = useRevokeSession();
  const columns = [
    column.accessor('device', { header: t('sessions.device'), cell: (c) => <DeviceName userAgent={c.getValue()} /> }),
    column.accessor('ip', { header: t('sessions.ip'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('signedInAt', {
      header: t('sessions.signedIn'),
      cell: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(c.getValue(), i18n.language)}
        </Text>
      ),
    }),
    column.accessor('lastUsedAt', {
      header: t('sessions.lastActive'),
      cell: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(c.getValue(), i18n.language)}>
          {formatRelative(c.getValue(), i18n.language)}
        </Text>
      ),
    }),
    column.display({
      id: 'actions',
      header: t('sessions.actions'),
      cell: ({ row: { original } }) =>
        original.current ? (
          <Badge variant="light" miw="max-content">
            {t('sessions.thisDevice')}
          </Badge>
        ) : (
          <Button
            variant="light"
            color="red"
            size="compact-sm"
            loading={revoke.isPending && revoke.variables === original.id}
            onClick={() => revoke.mutate(original.id)}
            aria-label={t('sessions.revokeLabel', { device: deviceLabel(original.device, t) })}
          >
            {t('sessions.revoke')}
          </Button>
        ),
    }),
  ];
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          {revoke.isError && <ErrorState error={revoke.error} />}
          <DataTable
            caption={t('sessions.caption')}
            columns={columns}
            data={data.sessions}
            getRowId={(row) => row.id}
            empty={<EmptyState title={t('sessions.historyEmpty')} />}
          />
        </>
      )}
    </QueryState>
  );
}
