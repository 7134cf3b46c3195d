import type { OrgAccess } from '@/lib/access/org-access';
import type { components } from '@/lib/api/schema.gen';
import { ACCOUNT_NAV } from './account-nav';
import { ACCOUNT_STATUS_NAV, AFFILIATE_NAV, AFFILIATE_ORG_NAV } from './affiliate-nav';
import type { NavEntry, OrgNavEntry } from './nav-entry';
import { NAV_GROUPS, type NavGroupId } from './nav-groups';
import { ORG_NAV } from './org-nav';
import { PLATFORM_NAV } from './platform-nav';

type Profile = components['schemas']['Profile'];

/** What decides the navbar: who the user is, and which console or advertiser the page is in. */
export type NavContext = {
  me: Pick<Profile, 'platformRole' | 'approvedAffiliate' | 'affiliateContexts' | 'affiliateReview'>;
  /** On an advertiser's white-label portal the platform's own pages are left out. */
  onPortal: boolean;
  /** The organization console the page is in, with the user's access there. */
  org?: { access: OrgAccess; organization: components['schemas']['Organization'] } | undefined;
  /** The advertiser the affiliate is working with (pages under /affiliate/$orgId). */
  advertiser?: { organizationId: string; name: string } | undefined;
};

export type NavLinkItem = { entry: NavEntry; params?: { orgId: string } };
export type NavGroupItem = {
  id: NavGroupId;
  /** A name of its own (the advertiser's) instead of the group's label. */
  title?: string;
  links: NavLinkItem[];
};

/**
 * The groups of links the user may open, in NAV_GROUPS order, empty groups left out. Each role's `show` rules
 * decide the organization's links; the lists never repeat a page, so nobody sees one twice.
 */
export function buildNav({ me, onPortal, org, advertiser }: NavContext): NavGroupItem[] {
  const isAffiliate = me.approvedAffiliate || me.affiliateContexts.length > 0 || me.affiliateReview !== null;
  // Until the platform approves the account, its review status leads the affiliate's links.
  const underReview = me.affiliateReview !== null && me.affiliateReview.status !== 'approved';
  const links: NavLinkItem[] = [];
  if (org) {
    const params = { orgId: org.organization.id };
    const visible = (e: OrgNavEntry) => !e.show || e.show(org.access, org.organization);
    links.push(...ORG_NAV.filter(visible).map((entry) => ({ entry, params })));
  }
  if (isAffiliate) {
    const own = [...(underReview ? [ACCOUNT_STATUS_NAV] : []), ...AFFILIATE_NAV];
    links.push(...own.filter((e) => !(onPortal && e.platformOnly)).map((entry) => ({ entry })));
  }
  if (advertiser) {
    const params = { orgId: advertiser.organizationId };
    links.push(...AFFILIATE_ORG_NAV.map((entry) => ({ entry, params })));
  }
  if (me.platformRole !== 'none') links.push(...PLATFORM_NAV.map((entry) => ({ entry })));
  links.push(...ACCOUNT_NAV.map((entry) => ({ entry })));

  return (Object.keys(NAV_GROUPS) as NavGroupId[])
    .map((id) => ({
      id,
      ...(id === 'advertiser' && advertiser ? { title: advertiser.name } : {}),
      links: links.filter((link) => link.entry.group === id),
    }))
    .filter((group) => group.links.length > 0);
}

/** Every page the user may open from the navbar, in order: the command palette offers the same. */
export const navLinks = (groups: NavGroupItem[]): NavLinkItem[] => groups.flatMap((group) => group.links);
