import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { applyToProgram } from './apply-to-program';
import { changeEnrollmentStatus } from './change-enrollment-status';
import { getEnrollment } from './get-enrollment';
import { listEnrollments } from './list-enrollments';
import { listMyEnrollments } from './list-my-enrollments';
import { updateEnrollment } from './update-enrollment';

/** The enrollments routes, advertiser side and affiliate side; one operation per file. */
export const enrollmentsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listEnrollments)
  .route('/', getEnrollment)
  .route('/', updateEnrollment)
  .route('/', changeEnrollmentStatus)
  .route('/', applyToProgram)
  .route('/', listMyEnrollments);
