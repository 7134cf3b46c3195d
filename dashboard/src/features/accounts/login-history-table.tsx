import { Badge, Button, Center, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { type LoginRecord, loginsQueryOptions } from './queries/logins';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { DeviceName } from './device-name';

const column = createColumnHelper<LoginRecord>();

type LoginHistoryTableProps = { limit: number; onShowMore?: (() => void) | undefined };

export function LoginHistoryTable({ limit, onShowMore }: LoginHistoryTableProps) {
  const { t, i18n } = useTranslation('account');
  const query = useQuery({ ...loginsQueryOptions(limit), placeholderData: keepPreviousData });
  const columns = [
    column.accessor('signedInAt', {
      header: t('sessions.when'),
      cell: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(c.getValue(), i18n.language)}
        </Text>
      ),
    }),
    column.accessor('device', { header: t('sessions.device'), cell: (c) => <DeviceName userAgent={c.getValue()} /> }),
    column.accessor('ip', { header: t('sessions.ip'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('active', {
      header: t('sessions.status'),
      cell: (c) => (
        <Badge color={c.getValue() ? 'green' : 'gray'} variant="light" miw="max-content">
          {t(c.getValue() ? 'sessions.stillActive' : 'sessions.ended')}
        </Badge>
      ),
    }),
  ];
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <DataTable
            caption={t('sessions.historyCaption')}
            columns={columns}
            data={data.logins}
            getRowId={(row) => row.id}
            empty={<EmptyState title={t('sessions.historyEmpty')} />}
          />
          {/* A full page means there may be older ones: the limit grows in the URL. */}
          {onShowMore && data.logins.length >= limit && (
            <Center mt="md">
              <Button variant="default" onClick={onShowMore} loading={query.isFetching}>
                {t('sessions.showMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </QueryState>
  );
}
