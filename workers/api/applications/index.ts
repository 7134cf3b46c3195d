import { getApplicationSettingsRoute } from './get-application-settings';
import { getProgramApplicationRoute } from './get-program-application';
import { listProgramOffersRoute } from './list-program-offers';
import { publishProgramTermsRoute } from './publish-program-terms';
import { setApplicationFormRoute } from './set-application-form';
import { setAutoApprovalRoute } from './set-auto-approval';
import { setGroupApplicationFormRoute } from './set-group-application-form';
import { mountRoutes } from '../mount-routes';

/** Applying to programs: forms, versioned terms, auto-approval rules, and cross-program offers. */
export const applicationsRoutes = mountRoutes([
  getApplicationSettingsRoute,
  setApplicationFormRoute,
  setGroupApplicationFormRoute,
  publishProgramTermsRoute,
  setAutoApprovalRoute,
  getProgramApplicationRoute,
  listProgramOffersRoute,
]);
