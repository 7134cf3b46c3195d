import { Badge, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import { usePrimaryColor } from '@/lib/use-primary-color';
import { useWebhookAttempts, type WebhookAttempt, type WebhookOwner } from './queries/webhooks';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { eventLabel } from './event-label';
import { DeliveryFailure } from '@/ui/delivery-failure';

const column = createColumnHelper<WebhookAttempt>();
// `null`: retrying is still on its way, in the theme's primary colour.
const COLORS: Record<WebhookAttempt['outcome'], string | null> = {
  success: 'teal',
  failed: 'red',
  retrying: null,
  pending: 'yellow',
};

/** The endpoint's delivery log: every attempt, newest first, with what the receiver answered. */
export function AttemptsTable({ owner, endpointId }: { owner: WebhookOwner; endpointId: string }) {
  const { t, i18n } = useTranslation('webhooks');
  const primary = usePrimaryColor();
  const lng = i18n.language;
  const query = useWebhookAttempts(owner, endpointId);
  const columns = [
    column.accessor('createdAt', {
      header: t('log.at'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('eventType', {
      header: t('log.event'),
      cell: (i) => (i.getValue() === 'webhook.test' ? t('log.testEvent') : eventLabel(t, i.getValue())),
    }),
    column.accessor('attempt', { header: t('log.attempt'), cell: (i) => formatNumber(i.getValue(), lng) }),
    column.accessor('outcome', {
      header: t('log.outcome'),
      cell: (i) => (
        <Badge variant="light" color={COLORS[i.getValue()] ?? primary} styles={{ label: { overflow: 'visible' } }}>
          {t(`outcome.${i.getValue()}`)}
        </Badge>
      ),
    }),
    column.accessor('statusCode', { header: t('log.status'), cell: (i) => i.getValue() ?? '—' }),
    column.accessor('durationMs', {
      header: t('log.duration'),
      cell: (i) => (i.getValue() === null ? '—' : t('log.ms', { ms: formatNumber(i.getValue() ?? 0, lng) })),
    }),
    column.display({
      id: 'answer',
      header: t('log.answer'),
      cell: (i) => {
        const row = i.row.original;
        // A failure reads as a sentence (raw error behind Details); a success shows what the receiver answered.
        if (row.error || (row.statusCode !== null && row.statusCode >= 300))
          return <DeliveryFailure statusCode={row.statusCode} error={row.error} />;
        return (
          <Text size="xs" ff="monospace" lineClamp={2} maw={280} style={{ wordBreak: 'break-all' }}>
            {row.responseSnippet ?? ''}
          </Text>
        );
      },
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('log.caption')}
      columns={columns}
      empty={<EmptyState title={t('log.emptyTitle')} description={t('log.emptyBody')} />}
    />
  );
}
