import { Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_NAV } from '../../nav/account-nav';
import { AFFILIATE_NAV, AFFILIATE_ORG_NAV } from '../../nav/affiliate-nav';
import type { NavEntry } from '../../nav/nav-entry';
import { useMe } from '../../queries/me';
import { RouterNavLink } from '../router-nav-link';

/** The navbar sections the signed-in user may see, built from the per-role lists under nav/. */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { orgId } = useParams({ strict: false });
  const isAffiliate = me.approvedAffiliate || me.affiliateContexts.length > 0;
  const advertiser = me.affiliateContexts.find((context) => context.organizationId === orgId);

  const section = (title: string, entries: NavEntry[], params?: { orgId: string }) =>
    entries.length > 0 && (
      <Stack gap={2}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm">
          {title}
        </Text>
        {entries.map((entry) => (
          <RouterNavLink
            key={entry.to}
            to={entry.to}
            params={params as never}
            label={t(entry.labelKey)}
            onClick={onNavigate}
            activeOptions={{ exact: entry.to === '/affiliate' }}
          />
        ))}
      </Stack>
    );

  return (
    <Stack gap="lg">
      {isAffiliate && section(t('nav.affiliate'), AFFILIATE_NAV)}
      {advertiser && section(advertiser.name, AFFILIATE_ORG_NAV, { orgId: advertiser.organizationId })}
      {section(t('nav.account'), ACCOUNT_NAV)}
    </Stack>
  );
}
