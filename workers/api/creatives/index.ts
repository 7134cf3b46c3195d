import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createCreative } from './create-creative';
import { deleteCreative } from './delete-creative';
import { getCreative } from './get-creative';
import { listCreatives } from './list-creatives';
import { listEnrolledCreatives } from './list-enrolled-creatives';
import { updateCreative } from './update-creative';

/** The creatives routes (advertiser library and the affiliate's view); one operation per file. */
export const creativesRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listCreatives)
  .route('/', createCreative)
  .route('/', getCreative)
  .route('/', updateCreative)
  .route('/', deleteCreative)
  .route('/', listEnrolledCreatives);
