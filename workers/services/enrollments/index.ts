export type { Enrollment } from '../../../schema';
export { applyToProgram } from './apply-to-program';
export { changeEnrollmentStatus } from './change-enrollment-status';
export { countEnrollments } from './count-enrollments';
export type { EnrollmentRow } from './find-enrollment';
export { getEnrollment } from './get-enrollment';
export { listEnrollments } from './list-enrollments';
export { listMyAdvertisers, type MyAdvertiserRow } from './list-my-advertisers';
export { listMyEnrollments, type MyEnrollmentRow } from './list-my-enrollments';
export { moveToGroup, type MoveToGroupResult } from './move-to-group';
export { updateEnrollment } from './update-enrollment';
export {
  enrollInvited,
  planInvitedEnrollment,
  publishInvitedEnrollments,
  type InvitedEnrollmentInput,
  type InvitedEnrollmentPlan,
} from './enroll-invited';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { findMyEnrollmentOrThrow } from './find-my-enrollment';
export { type GroupMove, moveEnrollmentsToGroup } from './move-to-group';
export { affiliateTotals } from './affiliate-totals';
export {
  holdsWindows,
  planTotals,
  totalsKey,
  totalsSql,
  type TotalsPlan,
  type TotalsShape,
  type TotalsWindow,
} from './affiliate-totals-sql';
export { earnedInPeriods } from './earned-in-periods';
