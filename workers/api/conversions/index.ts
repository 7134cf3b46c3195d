import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { approveConversionRoute } from './approve-conversion';
import { getConversionRoute } from './get-conversion';
import { getMyConversionRoute } from './get-my-conversion';
import { listCommissionsRoute } from './list-commissions';
import { listConversionsRoute } from './list-conversions';
import { listMyCommissionsRoute } from './list-my-commissions';
import { listMyConversionsRoute } from './list-my-conversions';
import { rejectConversionRoute } from './reject-conversion';
import { reviewConversionsRoute } from './review-conversions';

/** Conversions review and commission lines, advertiser side and affiliate side; one operation per file. */
export const conversionsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listConversionsRoute)
  .route('/', getConversionRoute)
  .route('/', approveConversionRoute)
  .route('/', rejectConversionRoute)
  .route('/', reviewConversionsRoute)
  .route('/', listCommissionsRoute)
  .route('/', listMyConversionsRoute)
  .route('/', listMyCommissionsRoute)
  .route('/', getMyConversionRoute);
