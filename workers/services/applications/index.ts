export { type ApplicationSettings, getApplicationSettings } from './get-application-settings';
export { getProgramApplication, type ProgramApplication } from './get-program-application';
export { listProgramOffers, type ProgramOffers } from './list-program-offers';
export { publishProgramTerms } from './publish-program-terms';
export { setApplicationForm } from './set-application-form';
export { setAutoApproval } from './set-auto-approval';
export type { CurrentTerms } from './find-application-setup';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { findApplicantSetup } from './find-applicant-setup';
export { findCurrentTerms } from './find-application-setup';
export { findOpenProgramOrThrow, type OpenProgram } from './find-open-program';
export { type ApplicationInput, type PreparedApplication, prepareApplication } from './prepare-application';
