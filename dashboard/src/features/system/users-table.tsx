import { Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { type PlatformUser, type PlatformUsersQuery, usePlatformUsers } from '@/features/accounts';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { UserActions } from './user-actions';
import { UserFlags } from './user-flags';

const column = createColumnHelper<PlatformUser>();

/** Users newest first; owners and admins get the approve / ban / unban buttons, support none. */
export function UsersTable({ filters }: { filters: PlatformUsersQuery }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const { readOnly } = usePlatformAccess();
  const query = usePlatformUsers(filters);
  const columns = [
    column.accessor('email', {
      header: t('users.columns.user'),
      cell: (i) => {
        const user = i.row.original;
        const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
        return (
          <Stack gap={0} miw={180} maw={240}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {name || user.email}
            </Text>
            {name && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {user.email}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.display({ id: 'flags', header: t('users.columns.flags'), cell: (i) => <UserFlags user={i.row.original} /> }),
    column.accessor('lastLogin', {
      header: t('users.columns.lastLogin'),
      cell: (i) => {
        const user = i.row.original;
        return (
          <Stack gap={0}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {user.lastLogin ? formatDateTime(user.lastLogin, lng) : t('users.never')}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('users.logins', { count: user.loginsCount, formatted: formatNumber(user.loginsCount, lng) })}
            </Text>
          </Stack>
        );
      },
    }),
    column.accessor('createdAt', {
      header: t('users.columns.createdAt'),
      // The day is what a reviewer compares; the time stays in the title, so the actions fit 1440 px.
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(i.getValue(), lng)}>
          {formatDate(i.getValue(), lng)}
        </Text>
      ),
    }),
    ...(readOnly
      ? []
      : [
          column.display({
            id: 'actions',
            header: t('users.columns.actions'),
            cell: (i) => <UserActions user={i.row.original} />,
          }),
        ]),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('users.title')}
      columns={columns}
      empty={<EmptyState title={t('users.emptyTitle')} description={t('users.emptyDescription')} />}
      dense
    />
  );
}
