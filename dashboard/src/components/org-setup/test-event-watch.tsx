import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useLatestConversion } from '../../queries/org-conversion-feed';

/**
 * Waits for the first event: the newest conversion is read every few seconds until one shows up, then the
 * step says what arrived (its event id, type and when).
 */
export function TestEventWatch({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('orgsetup');
  const latest = useLatestConversion(orgId);
  const event = latest.data;
  if (event) {
    return (
      <Alert color="teal" variant="light" title={t('integrate.test.arrived')} data-testid="test-event-arrived">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('integrate.test.details', {
            type: t(`eventTypes.${event.type}`),
            eventId: event.eventId,
            at: formatDateTime(event.receivedAt, i18n.language),
          })}
        </Text>
      </Alert>
    );
  }
  return (
    <Group gap="sm" role="status" data-testid="test-event-waiting">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{t('integrate.test.waiting')}</Text>
    </Group>
  );
}
