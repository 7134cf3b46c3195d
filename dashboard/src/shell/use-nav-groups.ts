import { useLocalStorage } from '@mantine/hooks';
import { useMatch, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { portal } from '@/lib/portal/portal';
import { buildNav, type NavGroupItem } from '@/nav/build-nav';
import { navAdvertiser } from '@/nav/nav-advertiser';
import { useMe } from '@/features/accounts';

/** The navbar groups of the signed-in user on the current page (the navbar and the command palette share them). */
export function useNavGroups(): NavGroupItem[] {
  const me = useMe();
  const { orgId } = useParams({ strict: false });
  const orgMatch = useMatch({ from: '/_app/orgs/$orgId', shouldThrow: false });
  // The advertiser the affiliate last worked with, a display preference of this browser: the pages across
  // advertisers keep its pages in the navbar.
  const [lastOrgId, setLastOrgId] = useLocalStorage<string | null>({
    key: 'ae.affiliate.advertiser',
    defaultValue: null,
    getInitialValueInEffect: false,
  });
  const advertiser = orgMatch ? undefined : navAdvertiser(me.affiliateContexts, orgId, lastOrgId);
  const current = orgMatch || !orgId ? undefined : advertiser?.organizationId;
  useEffect(() => {
    if (current && current !== lastOrgId) setLastOrgId(current);
  }, [current, lastOrgId, setLastOrgId]);
  return buildNav({
    me,
    // A session on an advertiser's portal is confined to it: the platform's own pages are not there.
    onPortal: portal().kind === 'organization',
    org: orgMatch?.context,
    advertiser,
  });
}
