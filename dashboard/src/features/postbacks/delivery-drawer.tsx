import { Drawer, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { OrgDelivery } from './queries/org-postbacks';
import { StatusBadge } from '@/ui/status-badge';
import { Fact } from '@/features/conversions';
import { DeliveryFailure } from '@/ui/delivery-failure';

type DeliveryDrawerProps = { delivery: OrgDelivery | null; affiliate: string; onClose: () => void };

/**
 * One postback: where it went, what the tracker answered, and every attempt. Advertisers see the host only:
 * the affiliate's full URL may hold its tracker keys, so the API keeps it from them.
 */
export function DeliveryDrawer({ delivery, affiliate, onClose }: DeliveryDrawerProps) {
  const { t, i18n } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const lng = i18n.language;
  return (
    <Drawer
      opened={delivery !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('postbacks.drawer.title')}
      closeButtonProps={{ 'aria-label': t('postbacks.drawer.close') }}
    >
      {delivery && (
        <Stack gap="lg" data-testid="delivery-drawer">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Fact label={t('postbacks.columns.status')}>
              <StatusBadge status={delivery.status} />
            </Fact>
            <Fact label={t('postbacks.columns.event')}>{te(`postback.events.${delivery.eventType}`)}</Fact>
            <Fact label={t('postbacks.columns.affiliate')}>{affiliate}</Fact>
            <Fact label={t('postbacks.columns.createdAt')}>{formatDateTime(delivery.createdAt, lng)}</Fact>
            <Fact label={t('postbacks.drawer.sentTo')}>{delivery.url ?? delivery.host ?? '—'}</Fact>
            <Fact label={t('postbacks.drawer.deliveredAt')}>
              {delivery.deliveredAt ? formatDateTime(delivery.deliveredAt, lng) : '—'}
            </Fact>
            <Fact label={t('postbacks.drawer.lastCode')}>{delivery.lastStatusCode ?? '—'}</Fact>
            <Fact label={t('postbacks.drawer.nextAttempt')}>
              {delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt, lng) : '—'}
            </Fact>
          </SimpleGrid>
          {!delivery.url && (
            <Text size="sm" c="dimmed">
              {t('postbacks.drawer.urlPrivate')}
            </Text>
          )}
          <div>
            <Text size="sm" c="dimmed" mb={4}>
              {t('postbacks.drawer.lastAnswer')}
            </Text>
            <DeliveryFailure statusCode={delivery.lastStatusCode} error={delivery.lastError} />
          </div>
          <div>
            <Title order={3} fz="h5" mb="xs">
              {t('postbacks.drawer.attempts', { count: delivery.attemptLog.length })}
            </Title>
            {delivery.attemptLog.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('postbacks.drawer.noAttempts')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={460}>
                <Table data-testid="delivery-attempts">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('postbacks.drawer.attempt')}</Table.Th>
                      <Table.Th>{t('postbacks.columns.createdAt')}</Table.Th>
                      <Table.Th>{t('postbacks.columns.status')}</Table.Th>
                      <Table.Th>{t('postbacks.columns.answer')}</Table.Th>
                      <Table.Th>{t('postbacks.drawer.error')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {delivery.attemptLog.map((a) => (
                      <Table.Tr key={a.attempt}>
                        <Table.Td>{formatNumber(a.attempt, lng)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.createdAt, lng)}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={a.outcome} />
                        </Table.Td>
                        <Table.Td>
                          {a.statusCode ?? '—'}
                          {a.latencyMs !== null &&
                            ` · ${t('postbacks.latency', { ms: formatNumber(a.latencyMs, lng) })}`}
                        </Table.Td>
                        <Table.Td>
                          <DeliveryFailure statusCode={a.statusCode} error={a.error} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </div>
        </Stack>
      )}
    </Drawer>
  );
}
