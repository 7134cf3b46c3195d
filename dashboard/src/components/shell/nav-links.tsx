import { Stack, Text } from '@mantine/core';
import { useMatch, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { platformAccess } from '@/lib/access/platform-access';
import { portal } from '@/lib/portal/portal';
import { ACCOUNT_NAV } from '@/nav/account-nav';
import { AFFILIATE_NAV, AFFILIATE_ORG_NAV } from '@/nav/affiliate-nav';
import type { NavEntry, OrgNavEntry } from '@/nav/nav-entry';
import { FINANCE_NAV, ORG_NAV } from '@/nav/org-nav';
import { PLATFORM_NAV } from '@/nav/platform-nav';
import { useMe } from '@/queries/me';
import { RouterNavLink } from '../router-nav-link';

// Links whose own path is a prefix of their siblings' paths are active only on an exact match.
const EXACT = new Set<string>(['/affiliate', '/orgs', '/orgs/$orgId', '/orgs/$orgId/conversions', '/platform']);

/** The navbar sections the signed-in user may see, built from the per-role lists under nav/. */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { orgId } = useParams({ strict: false });
  const orgMatch = useMatch({ from: '/_app/orgs/$orgId', shouldThrow: false });
  // A session on an advertiser's portal is confined to it: the platform's own pages are not there.
  const onPortal = portal().kind === 'organization';
  const isAffiliate = me.approvedAffiliate || me.affiliateContexts.length > 0 || me.affiliateReview !== null;
  // Until the platform approves the account, its review status leads the affiliate's links.
  const underReview = me.affiliateReview !== null && me.affiliateReview.status !== 'approved';
  const affiliateNav = [
    ...(underReview ? [{ to: '/affiliate/welcome', labelKey: 'nav.accountStatus' } as const] : []),
    ...(onPortal ? AFFILIATE_NAV.filter((e) => !e.platformOnly) : AFFILIATE_NAV),
  ];
  const advertiser = orgMatch ? undefined : me.affiliateContexts.find((c) => c.organizationId === orgId);
  const orgContext = orgMatch?.context;
  const visible = (entries: OrgNavEntry[]) =>
    orgContext ? entries.filter((entry) => !entry.show || entry.show(orgContext.access, orgContext.organization)) : [];

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
            activeOptions={{ exact: EXACT.has(entry.to) }}
          />
        ))}
      </Stack>
    );

  const orgParams = orgContext && { orgId: orgContext.organization.id };
  return (
    <Stack gap="lg">
      {orgContext && section(orgContext.organization.name, visible(ORG_NAV), orgParams)}
      {orgContext && section(t('nav.finance'), visible(FINANCE_NAV), orgParams)}
      {isAffiliate && section(t('nav.affiliate'), affiliateNav)}
      {advertiser && section(advertiser.name, AFFILIATE_ORG_NAV, { orgId: advertiser.organizationId })}
      {platformAccess(me.platformRole) && section(t('nav.platform'), PLATFORM_NAV)}
      {section(t('nav.account'), [...ACCOUNT_NAV, { to: '/orgs', labelKey: 'nav.organizations' }])}
    </Stack>
  );
}
