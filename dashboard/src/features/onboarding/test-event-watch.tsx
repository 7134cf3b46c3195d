import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { Onboarding } from './queries/org-onboarding';

/**
 * Waits for the first event that came through an integration (the checklist query polls until then), then
 * says what arrived, how and when. It reads the same answer as the step's tick, so the two never disagree.
 */
export function TestEventWatch({ event }: { event: Onboarding['lastEvent'] }) {
  const { t, i18n } = useTranslation('orgsetup');
  if (event) {
    return (
      <Alert color="teal" variant="light" title={t('integrate.test.arrived')} data-testid="test-event-arrived">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('integrate.test.details', {
            type: t(`eventTypes.${event.type}`),
            eventId: event.eventId,
            source: t(`integrate.source.${event.source}`),
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
