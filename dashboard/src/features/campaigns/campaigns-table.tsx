import { Button, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { Campaign } from './queries/campaigns';
import { DataTable } from '@/ui/data-table';
import { CampaignStatusBadge } from './campaign-status-badge';
import { campaignWhen } from './campaign-when';

const column = createColumnHelper<Campaign>();

export type CampaignAction = 'edit' | 'report' | 'cancel' | 'delete';

/** Which actions a campaign offers: drafts are edited or deleted, the rest reported; scheduled and active cancelled. */
function actionsOf(c: Campaign): CampaignAction[] {
  if (c.status === 'draft') return ['edit', 'delete'];
  return c.status === 'scheduled' || c.status === 'active' ? ['report', 'cancel'] : ['report'];
}

export function CampaignsTable({
  campaigns,
  empty,
  onAction,
}: {
  campaigns: Campaign[];
  empty: React.ReactNode;
  onAction: (action: CampaignAction, campaign: Campaign) => void;
}) {
  const { t, i18n } = useTranslation('campaigns');
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: t('list.name'),
        cell: (c) => (
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {c.getValue()}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {(i18n.language === 'ru'
                ? (c.row.original.ru ?? c.row.original.en)
                : (c.row.original.en ?? c.row.original.ru)
              )?.subject ?? ''}
            </Text>
          </Stack>
        ),
      }),
      column.display({
        id: 'when',
        header: t('list.when'),
        cell: (c) => <Text size="sm">{campaignWhen(c.row.original, t, i18n.language)}</Text>,
      }),
      column.accessor('status', {
        header: t('list.status'),
        cell: (c) => <CampaignStatusBadge status={c.getValue()} />,
      }),
      column.display({
        id: 'counts',
        header: t('list.delivered'),
        cell: (c) => {
          const n = c.row.original.counts;
          return (
            <Text size="sm">
              {t('list.countsLine', {
                sent: formatNumber(n.sent, i18n.language),
                read: formatNumber(n.read, i18n.language),
                skipped: formatNumber(n.skippedUnsubscribed + n.failed, i18n.language),
              })}
            </Text>
          );
        },
      }),
      column.display({
        id: 'actions',
        header: t('list.actions'),
        cell: (c) => (
          <Group gap={4} wrap="nowrap">
            {actionsOf(c.row.original).map((action) => (
              <Button
                key={action}
                size="compact-sm"
                variant="subtle"
                color={action === 'delete' || action === 'cancel' ? 'red' : undefined}
                onClick={() => onAction(action, c.row.original)}
                aria-label={`${t(`list.${action}`)}: ${c.row.original.name}`}
              >
                {t(`list.${action}`)}
              </Button>
            ))}
          </Group>
        ),
      }),
    ],
    [t, i18n.language, onAction],
  );
  return (
    <DataTable caption={t('list.caption')} columns={columns} data={campaigns} getRowId={(c) => c.id} empty={empty} />
  );
}
