import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema.gen';
import { unwrap } from '../api/unwrap';
import { type BootContext, bootContext } from './boot-context';

export { type BootContext, bootContext } from './boot-context';

export type SessionBoot = components['schemas']['SessionBoot'];

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
