import { Group, Paper, Select, Text } from '@mantine/core';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAffiliateOrgs } from './queries/affiliate-orgs';
import { useMe } from '@/features/accounts';

/**
 * Chooses the advertiser whose data the pages below show. The choice is the $orgId in the URL, so a link
 * or a reload keeps it; switching keeps the current section (links stay links) but not a program or link id,
 * which belongs to the previous advertiser.
 */
export function AdvertiserSwitcher({ orgId }: { orgId: string }) {
  const { t } = useTranslation('programs');
  const me = useMe();
  const orgs = useAffiliateOrgs();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // The profile already names the advertisers; the richer list only adds the enrollment counts.
  const choices =
    orgs.data ?? me.affiliateContexts.map((c) => ({ id: c.organizationId, name: c.name, enrollments: null }));
  const current = orgs.data?.find((org) => org.id === orgId);

  const switchTo = (next: string | null) => {
    if (!next || next === orgId) return;
    // The home (/affiliate/$orgId) has no section: switching there stays on the home.
    const section = pathname.split('/')[3] ?? '';
    void navigate({ href: `/affiliate/${next}/${section}` });
  };

  return (
    <Paper withBorder p="sm" mb="lg" radius="md">
      <Group gap="md" wrap="wrap" align="flex-end">
        <Select
          label={t('switcher.label')}
          data={choices.map((org) => ({ value: org.id, label: org.name }))}
          value={orgId}
          onChange={switchTo}
          allowDeselect={false}
          searchable={choices.length > 8}
          w={{ base: '100%', xs: 280 }}
        />
        {current && (
          <Text size="sm" c="dimmed" pb={6}>
            {t('switcher.programs', { count: current.enrollments.active })}
            {current.enrollments.pending > 0 && ` · ${t('switcher.pending', { count: current.enrollments.pending })}`}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
