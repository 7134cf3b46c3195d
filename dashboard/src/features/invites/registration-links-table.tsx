import { Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '@/lib/format';
import { type RegistrationLink, useRegistrationLinks, useRevokeRegistrationLink } from './queries/invites';
import { CopyValue } from '@/ui/copy-value';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { InviteError } from './invite-error';
import { LinkStateBadge } from './link-state-badge';

const column = createColumnHelper<RegistrationLink>();

export function RegistrationLinksTable({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('invites');
  const query = useRegistrationLinks(orgId);
  const revoke = useRevokeRegistrationLink(orgId);
  const [confirming, setConfirming] = useState<RegistrationLink | null>(null);
  const close = () => {
    setConfirming(null);
    revoke.reset();
  };
  const columns = useMemo(
    () => [
      column.accessor('label', {
        header: t('list.label'),
        cell: (c) => (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {c.getValue()}
            </Text>
            <Text size="xs" c="dimmed">
              {c.row.original.programName ?? t('list.wholeOrg')}
            </Text>
            {c.row.original.groupName && (
              <Text size="xs" c="dimmed">
                {t('list.group', { group: c.row.original.groupName })}
              </Text>
            )}
          </Stack>
        ),
      }),
      column.accessor('url', {
        header: t('list.link'),
        cell: (c) => (
          <Group gap={4} wrap="nowrap">
            <Anchor href={c.getValue()} size="xs" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {c.row.original.code}
            </Anchor>
            <CopyValue value={c.getValue()} label={t('list.copyLink')} />
          </Group>
        ),
      }),
      column.accessor('usesCount', {
        header: t('list.uses'),
        cell: (c) =>
          c.row.original.maxUses === null
            ? t('list.usesUnlimited', { count: c.getValue() })
            : t('list.usesOf', { count: c.getValue(), max: c.row.original.maxUses }),
      }),
      column.display({
        id: 'terms',
        header: t('list.terms'),
        cell: (c) => {
          const l = c.row.original;
          const parts = [
            l.rateOverrideBps !== null &&
              t('list.rate', { rate: formatPercent(l.rateOverrideBps / 10_000, i18n.language, 2) }),
            l.holdDaysOverride !== null && t('list.hold', { days: l.holdDaysOverride }),
            l.approval === 'review' && t('list.reviewed'),
          ].filter(Boolean);
          return <Text size="sm">{parts.length ? parts.join(' · ') : t('list.programTerms')}</Text>;
        },
      }),
      column.accessor('expiresAt', {
        header: t('list.expires'),
        cell: (c) => {
          const v = c.getValue();
          return v ? formatDate(v, i18n.language) : t('list.never');
        },
      }),
      column.accessor('state', { header: t('list.status'), cell: (c) => <LinkStateBadge state={c.getValue()} /> }),
      column.display({
        id: 'actions',
        header: t('list.actions'),
        cell: (c) =>
          c.row.original.revokedAt ? null : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(c.row.original)}
              aria-label={`${t('list.revoke')}: ${c.row.original.label}`}
            >
              {t('list.revoke')}
            </Button>
          ),
      }),
    ],
    [t, i18n.language],
  );
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t('list.title')}
      </Title>
      <QueryState query={query}>
        {(links) => (
          <DataTable
            caption={t('list.caption')}
            columns={columns}
            data={links}
            getRowId={(l) => l.id}
            empty={<EmptyState title={t('list.empty')} />}
          />
        )}
      </QueryState>
      <Modal
        opened={confirming !== null}
        onClose={close}
        title={t('list.revokeTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('list.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('list.revokeMessage', { label: confirming?.label ?? '' })}</Text>
          <InviteError error={revoke.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('list.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => confirming && revoke.mutate(confirming.id, { onSuccess: close })}
            >
              {t('list.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
