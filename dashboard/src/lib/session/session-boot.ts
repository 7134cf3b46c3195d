import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema.gen';
import { unwrap } from '../api/unwrap';

export type SessionBoot = components['schemas']['SessionBoot'];

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

/**
 * One request for what the frame needs (profile, brand, the context's organization, unread counts) instead of
 * GET /me, /portal, /orgs/{orgId}, /me/notifications and the unread-messages count. A context the API refuses
 * (another tenant's id, a 2FA the organization requires) falls back to the answer without one, so the page's own
 * route says not found or leads to the setup as before.
 */
export async function fetchSessionBoot(context: BootContext): Promise<SessionBoot> {
  if (context.kind === 'none') return unwrap(api.GET('/me/session'));
  const params = { params: { path: { orgId: context.orgId } } };
  try {
    return await unwrap(
      context.kind === 'organization'
        ? api.GET('/orgs/{orgId}/session', params)
        : api.GET('/affiliate/orgs/{orgId}/session', params),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status !== 401 && (error.status ?? 500) < 500)
      return fetchSessionBoot({ kind: 'none' });
    throw error;
  }
}

export type StartedBoot = { context: BootContext; answer: Promise<SessionBoot | null> };

let pending: StartedBoot | null = null;

/** Started at the page load, once the refresh cookie said who is signed in: the brand and the first frame wait for it. */
export function startSessionBoot(pathname: string): Promise<SessionBoot | null> {
  const context = bootContext(pathname);
  const answer = fetchSessionBoot(context).catch(() => null);
  pending = { context, answer };
  return answer;
}

/** The page load's boot, once: later navigations read the caches it seeded. */
export function takeSessionBoot(): StartedBoot | null {
  const boot = pending;
  pending = null;
  return boot;
}
