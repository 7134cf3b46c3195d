import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { FeedConversion } from '@/features/conversions';
import { EmptyState } from '@/ui/empty-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { MoneyText } from '@/ui/money-text';
import { SectionCard } from '@/ui/section-card';

const SHOWN = 5;

/**
 * Conversions held for review: how many (the first 100 are read; more shows as "100+") and the newest few,
 * linking to the review queue.
 */
export function FlaggedCard({ orgId, items, more }: { orgId: string; items: FeedConversion[]; more: boolean }) {
  const { t, i18n } = useTranslation('orgsetup');
  const count = more ? `${items.length}+` : String(items.length);
  return (
    <SectionCard
      title={t('overview.flagged.title')}
      actions={
        <Badge color={items.length > 0 ? 'orange' : 'gray'} variant="light" size="lg" data-testid="flagged-count">
          {t('overview.flagged.count', { count: items.length, shown: count })}
        </Badge>
      }
      data-testid="flagged-card"
    >
      {items.length === 0 ? (
        <EmptyState title={t('overview.flagged.emptyTitle')} description={t('overview.flagged.emptyDescription')} />
      ) : (
        <Stack gap="xs">
          {items.slice(0, SHOWN).map((c) => (
            <Group key={c.id} justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={0} miw={0}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {t(`eventTypes.${c.type}`)} · {c.eventId}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(c.receivedAt, i18n.language)}
                  {c.fraudFlags.length > 0 &&
                    ` · ${c.fraudFlags.map((flag) => t(`overview.flagged.flags.${flag}`)).join(', ')}`}
                </Text>
              </Stack>
              {c.currency && <MoneyText minor={c.amountMinor} currency={c.currency} size="sm" />}
            </Group>
          ))}
          <RouterAnchor to="/orgs/$orgId/conversions/review" params={{ orgId }} size="sm" fw={600} mt="xs">
            {t('overview.flagged.reviewAll')}
          </RouterAnchor>
        </Stack>
      )}
    </SectionCard>
  );
}
