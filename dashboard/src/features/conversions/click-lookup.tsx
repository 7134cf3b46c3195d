import { CloseButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatDateTime } from '@/lib/format';
import { useMyClick } from '@/features/stats';
import { MoneyText } from '@/ui/money-text';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { StatusBadge } from '@/ui/status-badge';
import { useDeviceLabel } from '@/features/stats';
import { SectionCard } from '@/ui/section-card';

/** One click looked up by id: where it went, and what it earned (each conversion opens its explanation). */
export function ClickLookup({ orgId, clickId, onClose }: { orgId: string; clickId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const deviceLabel = useDeviceLabel();
  const query = useMyClick(orgId, clickId);
  return (
    <SectionCard
      title={t('clickLookup.title')}
      actions={<CloseButton onClick={onClose} aria-label={t('clickLookup.close')} />}
      mb="lg"
      data-testid="click-lookup"
    >
      <QueryState query={query}>
        {({ click, conversions }) => (
          <Stack gap="sm" data-testid="click-lookup-body">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              <Fact label={t('clickLookup.clickedAt')} value={formatDateTime(click.clickedAt, lng)} />
              <Fact label={t('clickLookup.program')} value={click.programName ?? '—'} />
              <Fact
                label={t('clickLookup.country')}
                value={click.country ? formatCountry(click.country, lng) : t('stats.breakdown.unknownCountry')}
              />
              <Fact label={t('clickLookup.device')} value={deviceLabel(click.deviceType)} />
            </SimpleGrid>
            <Group gap="xs">
              <StatusBadge status={click.status} />
              {click.isUnique && <StatusBadge status="unique" />}
            </Group>
            {conversions.length === 0 ? (
              <Text c="dimmed">{t('clickLookup.noConversions')}</Text>
            ) : (
              conversions.map((c) => (
                <Group key={c.id} gap="sm" wrap="wrap">
                  <RouterAnchor to="/affiliate/$orgId/conversions/$conversionId" params={{ orgId, conversionId: c.id }}>
                    {t(`eventTypes.${c.type}`)} · {formatDateTime(c.occurredAt, lng)}
                  </RouterAnchor>
                  {c.lines.map((line) => (
                    <MoneyText key={line.id} minor={line.amountMinor} currency={line.currency} fw={600} />
                  ))}
                </Group>
              ))
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value}</Text>
    </div>
  );
}
