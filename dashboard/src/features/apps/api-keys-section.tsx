import { Badge, Button, Group, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '@/lib/format';
import {
  type ApiKey,
  type CreatedApiKey,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
  useRotateApiKey,
} from './queries/org-apps';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { QueryState } from '@/ui/query-state';
import { ConfirmModal } from '@/ui/confirm-modal';
import { NewKeyModal } from './new-key-modal';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

const column = createColumnHelper<ApiKey>();

/** An app's API keys: issue (shown once), rotate and revoke (both asked first), with when each was last used. */
export function ApiKeysSection({ orgId, appId, canManage }: { orgId: string; appId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation('orgsetup');
  const lng = i18n.language;
  const keys = useApiKeys(orgId, appId);
  const create = useCreateApiKey(orgId, appId);
  const rotate = useRotateApiKey(orgId, appId);
  const revoke = useRevokeApiKey(orgId, appId);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [pending, setPending] = useState<{ key: ApiKey; action: 'rotate' | 'revoke' } | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const ask = (key: ApiKey, action: 'rotate' | 'revoke') => {
    rotate.reset();
    revoke.reset();
    setPending({ key, action });
    open();
  };
  const confirm = () => {
    if (!pending) return;
    if (pending.action === 'rotate')
      rotate.mutate(pending.key.id, {
        onSuccess: (issued) => {
          close();
          setCreated(issued);
        },
      });
    else
      revoke.mutate(pending.key.id, {
        onSuccess: () => {
          close();
          notifyDone(t('keys.revoked', { name: pending.key.name }));
        },
      });
  };
  const columns = [
    column.accessor('name', { header: t('keys.columns.name') }),
    column.accessor('maskedKey', {
      header: t('keys.columns.key'),
      cell: (info) => <code>{info.getValue()}</code>,
    }),
    column.accessor('createdAt', {
      header: t('keys.columns.created'),
      cell: (info) => formatDateTime(info.getValue(), lng),
    }),
    column.accessor('lastUsedAt', {
      header: t('keys.columns.lastUsed'),
      cell: (info) => {
        const value = info.getValue();
        return value ? <span title={formatDateTime(value, lng)}>{formatRelative(value, lng)}</span> : t('keys.never');
      },
    }),
    column.display({
      id: 'status',
      header: t('keys.columns.status'),
      cell: ({ row }) =>
        row.original.revokedAt ? (
          <Badge color="gray" variant="light">
            {t('keys.statusRevoked')}
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            {t('keys.statusActive')}
          </Badge>
        ),
    }),
    ...(canManage
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="visually-hidden">{t('keys.columns.actions')}</span>,
            cell: ({ row }) =>
              row.original.revokedAt ? null : (
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => ask(row.original, 'rotate')}
                    aria-label={t('keys.rotateFor', { name: row.original.name })}
                  >
                    {t('keys.rotate')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => ask(row.original, 'revoke')}
                    aria-label={t('keys.revokeFor', { name: row.original.name })}
                  >
                    {t('keys.revoke')}
                  </Button>
                </Group>
              ),
          }),
        ]
      : []),
  ];
  const issue = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim() || t('keys.defaultName'), {
      onSuccess: (issued) => {
        setName('');
        setCreated(issued);
      },
    });
  };
  return (
    <SectionCard title={t('keys.title')} id="api-keys-title" description={t('keys.description')}>
      <Stack gap="md">
        {canManage && (
          <form onSubmit={issue} noValidate>
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('keys.name')}
                placeholder={t('keys.defaultName')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={200}
                w={{ base: '100%', xs: 260 }}
              />
              <Button type="submit" loading={create.isPending}>
                {t('keys.create')}
              </Button>
            </Group>
          </form>
        )}
        {create.isError && <ErrorState error={create.error} />}
        <QueryState query={keys}>
          {(items) => (
            <DataTable
              caption={t('keys.title')}
              columns={columns}
              data={items}
              getRowId={(key) => key.id}
              empty={<EmptyState title={t('keys.emptyTitle')} description={t('keys.emptyDescription')} />}
            />
          )}
        </QueryState>
      </Stack>
      <NewKeyModal created={created} onClose={() => setCreated(null)} />
      <ConfirmModal
        danger
        opened={opened}
        title={t(pending?.action === 'rotate' ? 'keys.rotateTitle' : 'keys.revokeTitle')}
        message={t(pending?.action === 'rotate' ? 'keys.rotateBody' : 'keys.revokeBody', {
          name: pending?.key.name ?? '',
        })}
        confirmLabel={t(pending?.action === 'rotate' ? 'keys.rotateConfirm' : 'keys.revokeConfirm')}
        pending={rotate.isPending || revoke.isPending}
        error={rotate.error ?? revoke.error}
        onConfirm={confirm}
        onClose={close}
      />
    </SectionCard>
  );
}
