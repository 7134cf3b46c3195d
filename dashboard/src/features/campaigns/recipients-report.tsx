import { Badge, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type Campaign, type CampaignRecipient, useCampaignRecipients } from './queries/campaigns';
import { DataTable, PHONE_QUERY } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';

const column = createColumnHelper<CampaignRecipient>();
const STATE_COLOR: Record<CampaignRecipient['state'], string> = {
  queued: 'gray',
  sent: 'green',
  skipped_unsubscribed: 'yellow',
  failed: 'red',
};

/** A campaign's counts and its recipients one by one: delivery state, email status, read in-app. */
export function RecipientsReport({
  orgId,
  campaign,
  onClose,
}: {
  orgId: string;
  campaign: Campaign | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('campaigns');
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const query = useCampaignRecipients(orgId, campaign?.id ?? null);
  const columns = useMemo(
    () => [
      column.accessor('email', {
        header: t('report.affiliate'),
        cell: (c) => (
          <Stack gap={0}>
            <Text size="sm">{c.row.original.name ?? c.getValue()}</Text>
            {c.row.original.name && (
              <Text size="xs" c="dimmed">
                {c.getValue()}
              </Text>
            )}
          </Stack>
        ),
      }),
      column.accessor('language', { header: t('report.language'), cell: (c) => c.getValue().toUpperCase() }),
      column.accessor('state', {
        header: t('report.state'),
        cell: (c) => (
          <Badge color={STATE_COLOR[c.getValue()]} variant="light">
            {t(`deliveryState.${c.getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor('emailStatus', {
        header: t('report.email'),
        cell: (c) => (c.getValue() ? t(`emailStatus.${c.getValue()!}`) : '—'),
      }),
      column.accessor('readAt', {
        header: t('report.read'),
        cell: (c) => {
          const v = c.getValue();
          return v ? formatDateTime(v, i18n.language) : '—';
        },
      }),
    ],
    [t, i18n.language],
  );
  const counts = campaign?.counts;
  const figures = counts
    ? ([
        ['recipients', counts.recipients],
        ['sent', counts.sent],
        ['skippedUnsubscribed', counts.skippedUnsubscribed],
        ['failed', counts.failed],
        ['read', counts.read],
      ] as const)
    : [];
  return (
    <Modal
      opened={campaign !== null}
      onClose={onClose}
      title={campaign ? t('report.title', { name: campaign.name }) : ''}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('report.close') }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {figures.map(([key, value]) => (
            <Stack key={key} gap={0}>
              <Text size="xs" c="dimmed">
                {t(`counts.${key}`)}
              </Text>
              <Text fw={700} size="lg">
                {formatNumber(value, i18n.language)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <QueryState query={query}>
          {(page) => (
            <>
              <DataTable
                caption={t('report.caption')}
                columns={columns}
                data={page.items}
                getRowId={(r) => r.id}
                empty={<EmptyState title={t('report.empty')} description={t('report.emptyHint')} />}
              />
              {page.nextCursor && (
                <Group>
                  <Text size="xs" c="dimmed">
                    {t('report.first100')}
                  </Text>
                </Group>
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Modal>
  );
}
