import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createProgramGroupRoute } from './create-program-group';
import { deleteProgramGroupRoute } from './delete-program-group';
import { listProgramGroupsRoute } from './list-program-groups';
import { moveToGroupRoute } from './move-to-group';
import { updateProgramGroupRoute } from './update-program-group';

/** A program's partner groups and moving members between them; each operation in its own file. */
export const programGroupsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listProgramGroupsRoute)
  .route('/', createProgramGroupRoute)
  .route('/', updateProgramGroupRoute)
  .route('/', deleteProgramGroupRoute)
  .route('/', moveToGroupRoute);
