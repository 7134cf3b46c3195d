import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrgDomains } from '@/features/domains';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { SectionCard } from '@/ui/section-card';

const STATUS_COLOR = { pending: 'yellow', active: 'teal', failed: 'red' } as const;

/** The hosts the brand shows on (portal domains) with their status, and the way to the domains page. */
export function PortalDomains({ orgId }: { orgId: string }) {
  const { t } = useTranslation('orgbrand');
  const domains = useOrgDomains(orgId);
  return (
    <SectionCard
      title={t('domains.title')}
      id="portal-domains-title"
      actions={
        <RouterAnchor to="/orgs/$orgId/domains" params={{ orgId }} size="sm">
          {t('domains.manage')}
        </RouterAnchor>
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('domains.description')}
        </Text>
        <QueryState query={domains}>
          {(items) => {
            const portals = items.filter((d) => d.purpose !== 'tracking');
            if (portals.length === 0) return <Text size="sm">{t('domains.empty')}</Text>;
            return (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {portals.map((d) => (
                  <Group
                    key={d.id}
                    component="li"
                    justify="space-between"
                    gap="xs"
                    wrap="wrap"
                    data-testid="portal-domain"
                  >
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {d.hostname}
                    </Text>
                    <Group gap={6}>
                      <Badge variant="light" color={STATUS_COLOR[d.status]}>
                        {t(`domains.status.${d.status}`)}
                      </Badge>
                      <Badge variant="outline" color="gray.8">
                        {t(`domains.purpose.${d.purpose === 'both' ? 'both' : 'portal'}`)}
                      </Badge>
                    </Group>
                  </Group>
                ))}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
