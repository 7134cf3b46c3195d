import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

/** A postback delivery's last answer: the HTTP status code, and under it how long the call took. */
export function DeliveryAnswer({ statusCode, latencyMs }: { statusCode: number | null; latencyMs: number | null }) {
  const { t, i18n } = useTranslation('earnings');
  return (
    <Stack gap={0}>
      <Text span size="sm">
        {statusCode ?? '—'}
      </Text>
      {latencyMs !== null && (
        <Text span size="xs" c="dimmed">
          {t('postback.deliveries.latency', { ms: formatNumber(latencyMs, i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}
