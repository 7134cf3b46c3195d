import type { AuditAction, EnrollmentStatus, ProgramVisibility } from '../../schema/enums';

type EnrollmentAudit = Extract<AuditAction, `enrollment.${string}`> extends `enrollment.${infer D}` ? D : never;

/** What an advertiser can do to an enrollment (statuses: pending / active / suspended / terminated). */
export const EnrollmentAction = ['approve', 'reject', 'suspend', 'reactivate', 'terminate'] as const;
export type EnrollmentAction = (typeof EnrollmentAction)[number];

/**
 * Each action, the statuses it applies to, the status it leads to, and its past tense (audit action). Rejected and terminated
 * are final: a terminated affiliate cannot be brought back, a rejected one cannot be approved later.
 */
export const ENROLLMENT_ACTIONS: Readonly<
  Record<EnrollmentAction, { from: readonly EnrollmentStatus[]; to: EnrollmentStatus; done: EnrollmentAudit }>
> = {
  approve: { from: ['pending'], to: 'active', done: 'approved' },
  reject: { from: ['pending'], to: 'rejected', done: 'rejected' },
  suspend: { from: ['active'], to: 'suspended', done: 'suspended' },
  reactivate: { from: ['suspended'], to: 'active', done: 'reactivated' },
  terminate: { from: ['pending', 'active', 'suspended'], to: 'terminated', done: 'terminated' },
};

/** The status after `action`, or null when the action does not apply to `current`. */
export function nextEnrollmentStatus(current: EnrollmentStatus, action: EnrollmentAction): EnrollmentStatus | null {
  const rule = ENROLLMENT_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

/**
 * The actions the dashboard offers on an enrollment: those its status allows, except ending a pending application
 * by terminating it, where rejecting it says what happened (the API still accepts it, as erasing an account does).
 */
export function offeredEnrollmentActions(current: EnrollmentStatus): EnrollmentAction[] {
  return EnrollmentAction.filter(
    (action) => nextEnrollmentStatus(current, action) !== null && !(current === 'pending' && action === 'terminate'),
  );
}

/** Only an active enrollment takes traffic, earns, and gets links and creatives. */
export const isEnrollmentActive = (status: EnrollmentStatus): boolean => status === 'active';

/**
 * An affiliate's own application (marketplace, sign-up on a white-label portal): active at once in a
 * public program, pending in one by approval, where the advertiser decides. (Invite-only programs take
 * no applications; the callers never offer them.)
 */
export const applicationStatus = (visibility: ProgramVisibility): 'active' | 'pending' =>
  visibility === 'public' ? 'active' : 'pending';
