import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { approveConversion } from './approve-conversion';
import { getConversion } from './get-conversion';
import { listCommissions } from './list-commissions';
import { listConversions } from './list-conversions';
import { listMyCommissions } from './list-my-commissions';
import { listMyConversions } from './list-my-conversions';
import { rejectConversion } from './reject-conversion';

/** Conversions review and commission lines, advertiser side and affiliate side; one operation per file. */
export const conversionsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listConversions)
  .route('/', getConversion)
  .route('/', approveConversion)
  .route('/', rejectConversion)
  .route('/', listCommissions)
  .route('/', listMyConversions)
  .route('/', listMyCommissions);
