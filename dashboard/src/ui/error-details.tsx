import { Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorDetails } from '@/lib/api/error-message';
import { CopyValue } from './copy-value';
import { DetailsToggle } from './details-toggle';

/**
 * What support needs about a failure (HTTP status, error code, request id, the server's own words), folded
 * away behind a "Details" toggle so the sentence above it is all a person has to read.
 */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  const details = errorDetails(error);
  const rows: [string, string][] = [
    [t('details.status'), details.status === null ? t('details.noResponse') : String(details.status)],
    [t('details.code'), details.code],
    [t('details.message'), details.message],
  ];
  return (
    <DetailsToggle>
      <Stack gap={4}>
        {rows.map(([label, value]) => (
          <Text key={label} size="xs">
            {label}: <Code style={{ overflowWrap: 'anywhere' }}>{value}</Code>
          </Text>
        ))}
        {details.requestId && (
          <Group gap="xs" wrap="nowrap">
            <Text size="xs">
              {t('details.requestId')}: <Code style={{ overflowWrap: 'anywhere' }}>{details.requestId}</Code>
            </Text>
            <CopyValue value={details.requestId} label={t('details.requestId')} />
          </Group>
        )}
      </Stack>
    </DetailsToggle>
  );
}
