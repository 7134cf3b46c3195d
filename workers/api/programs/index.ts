import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createProgramRoute } from './create-program';
import { deleteProgramRoute } from './delete-program';
import { getProgramRoute } from './get-program';
import { listMarketplaceRoute } from './list-marketplace';
import { listProgramsRoute } from './list-programs';
import { rotatePostbackSecretRoute } from './rotate-postback-secret';
import { updateProgramRoute } from './update-program';

/** The programs routes (and the affiliates' marketplace); each operation lives in its own file and is mounted here. */
export const programsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listProgramsRoute)
  .route('/', createProgramRoute)
  .route('/', getProgramRoute)
  .route('/', updateProgramRoute)
  .route('/', deleteProgramRoute)
  .route('/', rotatePostbackSecretRoute)
  .route('/', listMarketplaceRoute);
