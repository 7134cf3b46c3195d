import type { QueryClient } from '@tanstack/react-query';
import {
  type BootContext,
  bootContext,
  fetchSessionBoot,
  type SessionBoot,
  takeSessionBoot,
} from '@/lib/session/session-boot';
import { meQueryOptions } from '@/features/accounts';
import { unreadMessagesQueryOptions } from '@/features/messages';
import { unreadCountQueryOptions } from '@/features/notifications';
import { organizationQueryOptions } from '@/features/organizations';

/**
 * Puts the session boot's answer where the frame and the pages look for it (the profile, the organization, the
 * badges' counts), under the keys of the routes it replaces: none of them asks again until its data goes stale.
 */
export function seedSessionBoot(queryClient: QueryClient, boot: SessionBoot, context: BootContext): void {
  queryClient.setQueryData(meQueryOptions.queryKey, boot.profile);
  queryClient.setQueryData(unreadCountQueryOptions.queryKey, boot.unreadNotifications);
  if (context.kind === 'none') return;
  if (boot.organization && context.kind === 'organization')
    queryClient.setQueryData(organizationQueryOptions(context.orgId).queryKey, boot.organization);
  const side = context.kind === 'organization' ? 'advertiser' : 'affiliate';
  if (boot.unreadMessages)
    queryClient.setQueryData(unreadMessagesQueryOptions(side, context.orgId).queryKey, boot.unreadMessages);
}

/**
 * Before the first signed-in page of a load or a sign-in: the page load's boot answer when it was for this page's
 * context, else one request now. Nothing once the profile is cached (a navigation inside the app). A failed answer
 * leaves the caches empty, and the frame's own queries ask the separate routes as before; a 401 is thrown.
 */
export async function loadSessionBoot(queryClient: QueryClient, pathname: string): Promise<void> {
  const started = takeSessionBoot();
  if (queryClient.getQueryData(meQueryOptions.queryKey)) return;
  const context = bootContext(pathname);
  const boot =
    started && sameContext(started.context, context) ? await started.answer : await fetchSessionBoot(context);
  if (boot) seedSessionBoot(queryClient, boot, context);
}

const sameContext = (a: BootContext, b: BootContext) =>
  a.kind === b.kind && (a.kind === 'none' || (b.kind !== 'none' && a.orgId === b.orgId));
