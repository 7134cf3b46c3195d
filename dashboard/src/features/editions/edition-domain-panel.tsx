import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useEditionDomain } from './queries/my-editions';
import { DnsRecords } from '@/features/domains';
import { QueryState } from '@/ui/query-state';

const STATUS_COLOR = { pending: 'yellow', active: 'teal', failed: 'red' } as const;

/**
 * A custom host's setup, as advertisers see their own domains: the DNS records to add, and the live status of
 * the hostname and its certificate (looked at again every 15 s while pending).
 */
export function EditionDomainPanel({ orgId, editionId }: { orgId: string; editionId: string }) {
  const { t, i18n } = useTranslation('editions');
  const domain = useEditionDomain(orgId, editionId, true);
  return (
    <Stack gap="sm" data-testid="edition-domain">
      <Title order={3} fz="h5">
        {t('wizard.domain.dnsTitle')}
      </Title>
      <QueryState query={domain} skeleton="line">
        {(d) => (
          <Stack gap="sm">
            <Group gap="xs">
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {d.host}
              </Text>
              <Badge variant="light" color={STATUS_COLOR[d.status]} data-testid="edition-domain-status">
                {t(`wizard.domain.dnsStatus.${d.status}`)}
              </Badge>
            </Group>
            <Text size="sm">{t(`wizard.domain.dnsHelp.${d.status}`)}</Text>
            {d.status === 'failed' && d.failureReason && (
              <Alert color="red" variant="light" p="xs">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {d.failureReason}
                </Text>
              </Alert>
            )}
            {d.records.length > 0 && <DnsRecords records={d.records} />}
            {d.checkedAt && (
              <Text size="xs" c="dimmed">
                {t('wizard.domain.checkedAt', { date: formatDateTime(d.checkedAt, i18n.language) })}
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
