import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import { useMyEditions } from './queries/my-editions';
import { RouterAnchor } from '@/ui/router-anchor';
import { EditionStatusBadge } from './edition-status-badge';
import { SectionCard } from '@/ui/section-card';

/**
 * The affiliate's editions with this advertiser on their home: each one's status and results, and the way to
 * the editions page. Nothing at all while the affiliate has none (the home stays about their programs).
 */
export function EditionsHomeCard({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('editions');
  const editions = useMyEditions(orgId);
  const items = (editions.data ?? []).filter((e) => e.status !== 'deleted');
  if (items.length === 0) return null;
  const lng = i18n.language;
  return (
    <SectionCard
      title={t('home.title')}
      id="editions-card"
      actions={
        <RouterAnchor to="/affiliate/$orgId/editions" params={{ orgId }} size="sm">
          {t('home.all')}
        </RouterAnchor>
      }
      data-testid="editions-card"
    >
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.slice(0, 5).map((e) => (
          <Stack key={e.id} gap={2} component="li" data-testid="editions-card-item">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text fw={600} size="sm" truncate>
                {e.name}
              </Text>
              <EditionStatusBadge status={e.status} />
            </Group>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {e.host}
            </Text>
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('home.line', {
                visitors: formatNumber(e.stats.visitors, lng),
                sales: formatNumber(e.stats.sales, lng),
                earnings: e.stats.currency ? formatMoney(e.stats.commissionMinor, e.stats.currency, lng) : '—',
              })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}
