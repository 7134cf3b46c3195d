import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getApplicationSettingsRoute } from './get-application-settings';
import { getProgramApplicationRoute } from './get-program-application';
import { listProgramOffersRoute } from './list-program-offers';
import { publishProgramTermsRoute } from './publish-program-terms';
import { setApplicationFormRoute } from './set-application-form';
import { setAutoApprovalRoute } from './set-auto-approval';
import { setGroupApplicationFormRoute } from './set-group-application-form';

/** Applying to programs: forms, versioned terms, auto-approval rules, and cross-program offers. */
export const applicationsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getApplicationSettingsRoute)
  .route('/', setApplicationFormRoute)
  .route('/', setGroupApplicationFormRoute)
  .route('/', publishProgramTermsRoute)
  .route('/', setAutoApprovalRoute)
  .route('/', getProgramApplicationRoute)
  .route('/', listProgramOffersRoute);
