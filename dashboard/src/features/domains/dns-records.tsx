import { Badge, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DnsRecord } from './queries/org-domains';
import { CopyValue } from '@/ui/copy-value';

/**
 * The records to add at the advertiser's DNS provider, one block each (type, name, value, with copy
 * buttons): long TXT values wrap instead of pushing a table off a phone screen.
 */
export function DnsRecords({ records }: { records: DnsRecord[] }) {
  const { t } = useTranslation('domains');
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('records.title')}>
      {records.map((r) => (
        <Paper component="li" key={`${r.type}:${r.name}:${r.value}`} withBorder p="sm" radius="sm">
          <Group gap="xs" mb={6}>
            <Badge variant="outline" color="gray.8" radius="sm">
              {r.type}
            </Badge>
            <Text size="sm" c="dimmed">
              {t(`records.purpose.${r.purpose}`, { defaultValue: r.purpose })}
            </Text>
          </Group>
          {(
            [
              ['name', r.name],
              ['value', r.value],
            ] as const
          ).map(([field, value]) => (
            <Stack key={field} gap={2} mt={4}>
              <Text size="xs" c="dimmed">
                {t(`records.${field}`)}
              </Text>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Code style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}>{value}</Code>
                <CopyValue value={value} label={`${r.type} ${t(`records.${field}`)}`} />
              </Group>
            </Stack>
          ))}
        </Paper>
      ))}
    </Stack>
  );
}
