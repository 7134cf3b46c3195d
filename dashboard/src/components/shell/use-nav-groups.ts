import { useMatch, useParams } from '@tanstack/react-router';
import { portal } from '@/lib/portal/portal';
import { buildNav, type NavGroupItem } from '@/nav/build-nav';
import { useMe } from '@/queries/me';

/** The navbar groups of the signed-in user on the current page (the navbar and the command palette share them). */
export function useNavGroups(): NavGroupItem[] {
  const me = useMe();
  const { orgId } = useParams({ strict: false });
  const orgMatch = useMatch({ from: '/_app/orgs/$orgId', shouldThrow: false });
  return buildNav({
    me,
    // A session on an advertiser's portal is confined to it: the platform's own pages are not there.
    onPortal: portal().kind === 'organization',
    org: orgMatch?.context,
    advertiser: orgMatch ? undefined : me.affiliateContexts.find((c) => c.organizationId === orgId),
  });
}
