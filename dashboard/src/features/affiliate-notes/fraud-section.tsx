import { parseUserAgent } from '@domain/parse-user-agent';
import { uuidv7Time } from '@contracts/ids';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type OrgConversion, useOrgConversions } from '@/features/conversions';
import { FraudFlags } from '@/features/conversions';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { ProfileSection } from './section';

/** Seconds from the click (its UUIDv7 id carries its time) to the conversion; null without a click. */
const secondsToConvert = (c: OrgConversion) =>
  c.clickId ? Math.max(0, Math.round((Date.parse(c.occurredAt) - uuidv7Time(c.clickId)) / 1000)) : null;

/**
 * The affiliate's conversions a fraud check holds for review, with the evidence the checks looked at: the
 * customer's IP, device and the time from click to conversion. Each opens its explanation.
 */
export function FraudSection({ orgId, affiliateId }: { orgId: string; affiliateId: string }) {
  const { t, i18n } = useTranslation('orgprograms');
  const flagged = useOrgConversions(orgId, { affiliateId, status: 'flagged', limit: 20 });
  const lng = i18n.language;
  const duration = (s: number | null) =>
    s === null
      ? '—'
      : s < 120
        ? t('profile.fraud.seconds', { count: s, value: formatNumber(s, lng) })
        : t('profile.fraud.minutes', { count: Math.round(s / 60), value: formatNumber(Math.round(s / 60), lng) });
  return (
    <ProfileSection title={t('profile.fraud.title')} testId="profile-fraud">
      <QueryState query={flagged}>
        {(data) => {
          const rows = data.pages.flatMap((p) => p.items);
          if (rows.length === 0)
            return (
              <Text size="sm" c="dimmed">
                {t('profile.fraud.none')}
              </Text>
            );
          return (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" captionSide="top">
                <caption className="visually-hidden">{t('profile.fraud.title')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('profile.fraud.when')}</Table.Th>
                    <Table.Th>{t('profile.fraud.signals')}</Table.Th>
                    <Table.Th>{t('profile.fraud.ip')}</Table.Th>
                    <Table.Th>{t('profile.fraud.device')}</Table.Th>
                    <Table.Th>{t('profile.fraud.timeToConvert')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((c) => {
                    const device = parseUserAgent(c.userAgent);
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <RouterAnchor
                            to="/orgs/$orgId/conversions/$conversionId"
                            params={{ orgId, conversionId: c.id }}
                            size="sm"
                            style={{ whiteSpace: 'nowrap' }}
                          >
                            {formatDateTime(c.occurredAt, lng)}
                          </RouterAnchor>
                        </Table.Td>
                        <Table.Td>
                          <FraudFlags flags={c.fraudFlags} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {c.ip ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={0}>
                            <Text size="sm" title={c.userAgent ?? undefined}>
                              {c.userAgent
                                ? [device.browser, device.os].filter(Boolean).join(' · ') || device.deviceType
                                : '—'}
                            </Text>
                          </Stack>
                        </Table.Td>
                        <Table.Td style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                          {duration(secondsToConvert(c))}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </QueryState>
    </ProfileSection>
  );
}
