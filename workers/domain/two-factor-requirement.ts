import type { PlatformRole } from '../../schema/enums';

const DAY_MS = 86_400_000;

/** Why 2FA is required of an account: its platform role, or an organization it works for. */
export type TwoFactorRule = 'platform' | 'organization';

/**
 * Where an account stands with a 2FA requirement. `grace`: not set up yet, still allowed until
 * `dueAt`; `overdue`: the requiring routes answer 403 two_factor_required until it is set up.
 */
export type TwoFactorStanding =
  | { state: 'not_required' }
  | { state: 'enabled' }
  | { state: 'grace'; dueAt: Date }
  | { state: 'overdue'; dueAt: Date };

/** Every platform role but `none` is staff, support included: staff read every tenant's data. */
export function isPlatformStaff(role: PlatformRole): boolean {
  return role !== 'none';
}

/**
 * The standing of an account. A grace period that has not started yet (`graceStartedAt` null)
 * starts `now`: the caller stores that, so the deadline does not move on the next request.
 */
export function twoFactorStanding(input: {
  required: boolean;
  enabled: boolean;
  graceStartedAt: Date | null;
  now: Date;
  graceDays: number;
}): TwoFactorStanding {
  if (!input.required) return { state: 'not_required' };
  if (input.enabled) return { state: 'enabled' };
  const dueAt = new Date((input.graceStartedAt ?? input.now).getTime() + input.graceDays * DAY_MS);
  return input.now.getTime() >= dueAt.getTime() ? { state: 'overdue', dueAt } : { state: 'grace', dueAt };
}
