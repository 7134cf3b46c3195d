import { useMatch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useAppName } from './portal/portal';

/** What the tab says after the page: the organization or advertiser the page is in, else the product. */
function useTitleOwner(): string {
  const app = useAppName();
  const org = useMatch({ from: '/_app/orgs/$orgId', shouldThrow: false });
  const advertiser = useMatch({ from: '/_app/affiliate/$orgId', shouldThrow: false });
  // A console that answered not found has no organization in its context.
  return org?.context.organization?.name ?? advertiser?.context.advertiser?.name ?? app;
}

/**
 * Sets the browser tab's title to "<page> · <organization or product>" in the page's language; PageHeader calls
 * it with its title, pages without one (the signed-out cards) call it themselves. Nothing while `page` is unknown.
 */
export function usePageTitle(page: string | null | undefined): void {
  const owner = useTitleOwner();
  useEffect(() => {
    if (page) document.title = `${page} · ${owner}`;
  }, [page, owner]);
}
