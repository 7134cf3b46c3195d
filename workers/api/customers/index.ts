import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { exportCustomersRoute, exportMyCustomersRoute } from './export-customers';
import { listCustomersRoute } from './list-customers';
import { listMyCustomersRoute } from './list-my-customers';

/** Referred customers, advertiser side and affiliate side (masked, without revenue). */
export const customersRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listCustomersRoute)
  .route('/', exportCustomersRoute)
  .route('/', listMyCustomersRoute)
  .route('/', exportMyCustomersRoute);
