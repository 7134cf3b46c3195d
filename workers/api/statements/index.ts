import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { exportStatementRoute } from './export-statement';
import { getStatementRoute } from './get-statement';
import { listStatementMonthsRoute } from './list-statement-months';

/** Monthly statements of an advertiser (owners and finance). Static paths before the bare one. */
export const statementsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listStatementMonthsRoute)
  .route('/', exportStatementRoute)
  .route('/', getStatementRoute);
