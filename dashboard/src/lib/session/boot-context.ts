// Pure: the node tests import it without the API client (which needs the DOM's types).
/** The context a signed-in path opens in: an organization's console, one advertiser of an affiliate, or neither. */
export type BootContext = { kind: 'organization' | 'affiliate'; orgId: string } | { kind: 'none' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ORG_PAGE = new RegExp(`^/orgs/(${UUID})(?:/|$)`, 'i');
const AFFILIATE_PAGE = new RegExp(`^/affiliate/(${UUID})(?:/|$)`, 'i');

/** Reads the page's context from its path, as the router's /orgs/$orgId and /affiliate/$orgId routes do. */
export function bootContext(pathname: string): BootContext {
  const org = ORG_PAGE.exec(pathname)?.[1];
  if (org) return { kind: 'organization', orgId: org };
  const advertiser = AFFILIATE_PAGE.exec(pathname)?.[1];
  if (advertiser) return { kind: 'affiliate', orgId: advertiser };
  return { kind: 'none' };
}
