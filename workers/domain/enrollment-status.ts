import type { EnrollmentStatus } from '../../schema/enums';

/** What an advertiser can do to an enrollment (seed 001: pending / active / suspended / terminated). */
export const EnrollmentAction = ['approve', 'reject', 'suspend', 'reactivate', 'terminate'] as const;
export type EnrollmentAction = (typeof EnrollmentAction)[number];

/**
 * Each action, the statuses it applies to, and the status it leads to. Rejected and terminated
 * are final: a terminated affiliate cannot be brought back, a rejected one cannot be approved later.
 */
export const ENROLLMENT_ACTIONS: Readonly<Record<EnrollmentAction, { from: readonly EnrollmentStatus[]; to: EnrollmentStatus }>> = {
  approve: { from: ['pending'], to: 'active' },
  reject: { from: ['pending'], to: 'rejected' },
  suspend: { from: ['active'], to: 'suspended' },
  reactivate: { from: ['suspended'], to: 'active' },
  terminate: { from: ['pending', 'active', 'suspended'], to: 'terminated' },
};

/** The status after `action`, or null when the action does not apply to `current`. */
export function nextEnrollmentStatus(current: EnrollmentStatus, action: EnrollmentAction): EnrollmentStatus | null {
  const rule = ENROLLMENT_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}
