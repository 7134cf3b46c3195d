import type { components } from '../api/schema.gen';

type PlatformRole = components['schemas']['Profile']['platformRole'];

/** What a platform staff member may do in the platform console; null for everyone else. */
export type PlatformAccess = { role: Exclude<PlatformRole, 'none'>; readOnly: boolean };

/** Mirrors the API's platformStaff check: owners and admins act, support only reads. */
export function platformAccess(role: PlatformRole): PlatformAccess | null {
  if (role === 'none') return null;
  return { role, readOnly: role === 'support' };
}
