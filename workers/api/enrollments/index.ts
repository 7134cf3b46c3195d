import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { applyToProgramRoute } from './apply-to-program';
import { changeEnrollmentStatusRoute } from './change-enrollment-status';
import { getEnrollmentRoute } from './get-enrollment';
import { listEnrollmentsRoute } from './list-enrollments';
import { listMyAdvertisersRoute } from './list-my-advertisers';
import { listMyEnrollmentsRoute } from './list-my-enrollments';
import { updateEnrollmentRoute } from './update-enrollment';

/** The enrollments routes, advertiser side and affiliate side; one operation per file. */
export const enrollmentsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listEnrollmentsRoute)
  .route('/', getEnrollmentRoute)
  .route('/', updateEnrollmentRoute)
  .route('/', changeEnrollmentStatusRoute)
  .route('/', applyToProgramRoute)
  .route('/', listMyEnrollmentsRoute)
  .route('/', listMyAdvertisersRoute);
