import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema.gen';

export type Portal = components['schemas']['Portal'];

const PLATFORM: Portal = {
  kind: 'platform',
  organizationId: null,
  name: null,
  logoUrl: null,
  faviconUrl: null,
  primaryColor: null,
  supportEmail: null,
};

let current: Portal = PLATFORM;

/**
 * Asks which brand this host shows, once at boot: on an advertiser's portal domain the whole app
 * wears its brand and never the platform's name. A failed answer falls back to the platform look.
 */
export async function loadPortal(): Promise<Portal> {
  try {
    const res = await fetch('/api/portal', { credentials: 'same-origin' });
    if (res.ok) current = (await res.json()) as Portal;
  } catch {
    // Offline or the API is down: the platform look, the pages show their own error states.
  }
  return current;
}

/** The brand of the signed-in session's boot answer (GET /me/session and its forms carry it): no GET /portal. */
export function adoptPortal(brand: Portal): Portal {
  current = brand;
  return current;
}

/** The brand loaded at boot (the platform's until `loadPortal` answers). */
export const portal = (): Portal => current;

/** The tab title and icon: the advertiser's on its portal, ours elsewhere. */
export function applyPortalToDocument(platformName: string): void {
  document.title = current.name ?? platformName;
  if (!current.faviconUrl) return;
  const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]') ?? document.createElement('link');
  link.rel = 'icon';
  link.href = current.faviconUrl;
  document.head.append(link);
}

/** The product name to print: the portal's name on an advertiser's host, the platform's elsewhere. */
export function useAppName(): string {
  const { t } = useTranslation();
  return current.name ?? t('app.name');
}
