import { Badge, Button, Select, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRouteContext } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { type Member, type MemberRole, useChangeMemberRole, useMembers, useRemoveMember } from './queries/org-team';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { QueryState } from '@/ui/query-state';
import { ConfirmModal } from '@/ui/confirm-modal';
import { MEMBER_ROLES } from './member-roles';
import { TeamErrorText } from './team-error-text';
import { SETTINGS_FROM } from './settings-search';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

const column = createColumnHelper<Member>();

const nameOf = (m: Member) => [m.firstName, m.lastName].filter(Boolean).join(' ') || m.email;

/** Team members with their roles; owners and admins change a role in place or remove someone (asked first). */
export function MembersSection({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t, i18n } = useTranslation('orgsetup');
  const { me } = useRouteContext({ from: SETTINGS_FROM });
  const members = useMembers(orgId);
  const changeRole = useChangeMemberRole(orgId);
  const remove = useRemoveMember(orgId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const roleLabel = (role: MemberRole) => t(`team.roles.${role}`);
  const columns = [
    column.accessor(nameOf, {
      id: 'name',
      header: t('team.columns.name'),
      cell: ({ row }) => (
        <>
          <Text size="sm" fw={600}>
            {nameOf(row.original)}
            {row.original.userId === me.id && ` (${t('team.you')})`}
          </Text>
          {/* The email is the name when there is none: shown once. */}
          {nameOf(row.original) !== row.original.email && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {row.original.email}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor('role', {
      header: t('team.columns.role'),
      cell: ({ row }) =>
        manage ? (
          <Select
            aria-label={t('team.roleFor', { name: nameOf(row.original) })}
            data={MEMBER_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
            value={row.original.role}
            allowDeselect={false}
            size="xs"
            w={150}
            onChange={(role) =>
              role &&
              role !== row.original.role &&
              changeRole.mutate(
                { userId: row.original.userId, role: role as MemberRole },
                {
                  onSuccess: () =>
                    notifyDone(
                      t('team.roleChanged', { name: nameOf(row.original), role: roleLabel(role as MemberRole) }),
                    ),
                },
              )
            }
          />
        ) : (
          <Badge variant="light">{roleLabel(row.original.role)}</Badge>
        ),
    }),
    column.accessor('twoFactorEnabled', {
      header: t('team.columns.twoFactor'),
      cell: (info) => t(info.getValue() ? 'team.twoFactorOn' : 'team.twoFactorOff'),
    }),
    column.accessor('joinedAt', {
      header: t('team.columns.joined'),
      cell: (info) => formatDate(info.getValue(), i18n.language),
    }),
    ...(manage
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="visually-hidden">{t('team.columns.actions')}</span>,
            cell: ({ row }) => (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={t('team.removeFor', { name: nameOf(row.original) })}
                onClick={() => {
                  remove.reset();
                  setRemoving(row.original);
                  open();
                }}
              >
                {t('team.remove')}
              </Button>
            ),
          }),
        ]
      : []),
  ];
  return (
    <SectionCard title={t('team.membersTitle')} id="members-title">
      {changeRole.isError && <TeamErrorText error={changeRole.error} />}
      {changeRole.isError && <ErrorState error={changeRole.error} />}
      <QueryState query={members}>
        {(items) => (
          <DataTable
            caption={t('team.membersTitle')}
            columns={columns}
            data={items}
            getRowId={(m) => m.userId}
            empty={<EmptyState title={t('team.emptyMembers')} />}
          />
        )}
      </QueryState>
      <ConfirmModal
        danger
        opened={opened}
        title={t('team.removeTitle')}
        message={
          <>
            {t('team.removeBody', { name: removing ? nameOf(removing) : '' })}
            {remove.isError && <TeamErrorText error={remove.error} />}
          </>
        }
        confirmLabel={t('team.removeConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.userId, {
            onSuccess: () => {
              close();
              notifyDone(t('team.removed', { name: nameOf(removing) }));
            },
          })
        }
        onClose={close}
      />
    </SectionCard>
  );
}
