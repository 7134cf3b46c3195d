import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createProgram } from './create-program';
import { deleteProgram } from './delete-program';
import { getProgram } from './get-program';
import { listMarketplace } from './list-marketplace';
import { listPrograms } from './list-programs';
import { rotatePostbackSecret } from './rotate-postback-secret';
import { updateProgram } from './update-program';

/** The programs routes (and the affiliates' marketplace); each operation lives in its own file and is mounted here. */
export const programsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listPrograms)
  .route('/', createProgram)
  .route('/', getProgram)
  .route('/', updateProgram)
  .route('/', deleteProgram)
  .route('/', rotatePostbackSecret)
  .route('/', listMarketplace);
