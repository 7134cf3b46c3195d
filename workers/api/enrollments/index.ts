import { applyToProgramRoute } from './apply-to-program';
import { changeEnrollmentStatusRoute } from './change-enrollment-status';
import { countEnrollmentsRoute } from './count-enrollments';
import { getEnrollmentRoute } from './get-enrollment';
import { listEnrollmentsRoute } from './list-enrollments';
import { listMyAdvertisersRoute } from './list-my-advertisers';
import { listMyEnrollmentsRoute } from './list-my-enrollments';
import { updateEnrollmentRoute } from './update-enrollment';
import { mountRoutes } from '../mount-routes';

/** The enrollments routes, advertiser side and affiliate side; one operation per file. */
export const enrollmentsRoutes = mountRoutes([
  listEnrollmentsRoute,
  countEnrollmentsRoute,
  getEnrollmentRoute,
  updateEnrollmentRoute,
  changeEnrollmentStatusRoute,
  applyToProgramRoute,
  listMyEnrollmentsRoute,
  listMyAdvertisersRoute,
]);
