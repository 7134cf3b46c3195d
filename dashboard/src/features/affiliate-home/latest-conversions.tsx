import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { AffiliateHome } from './queries/affiliate-home';
import { MoneyText } from '@/ui/money-text';
import { RouterAnchor } from '@/ui/router-anchor';
import { SectionCard } from '@/ui/section-card';

/** The latest conversions with the commission each earns you; never the sale amount. */
export function LatestConversions({ conversions }: { conversions: AffiliateHome['latestConversions'] }) {
  const { t, i18n } = useTranslation('home');
  return (
    <SectionCard title={t('conversions.title')} id="latest-conversions" data-testid="latest-conversions">
      {conversions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conversions.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {conversions.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} miw={0}>
                <RouterAnchor
                  to="/affiliate/$orgId/conversions/$conversionId"
                  params={{ orgId: c.organizationId, conversionId: c.id }}
                  size="sm"
                  fw={600}
                >
                  {t(`conversions.types.${c.eventType}` as 'conversions.types.sale', { defaultValue: c.eventType })}
                  {' · '}
                  {c.programName}
                </RouterAnchor>
                <Text size="xs" c="dimmed">
                  {formatDateTime(c.occurredAt, i18n.language)}
                </Text>
              </Stack>
              {c.commission ? (
                <MoneyText minor={c.commission.amountMinor} currency={c.commission.currency} size="sm" fw={700} />
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
