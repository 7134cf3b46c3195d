import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createProgramWorkflowRoute } from './create-program-workflow';
import { deleteProgramWorkflowRoute } from './delete-program-workflow';
import { getMyWorkflowProgressRoute } from './get-my-workflow-progress';
import { listProgramWorkflowsRoute } from './list-program-workflows';
import { updateProgramWorkflowRoute } from './update-program-workflow';

/** A program's workflows (staff) and the affiliate's progress to its next tier; each operation in its own file. */
export const programWorkflowsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listProgramWorkflowsRoute)
  .route('/', createProgramWorkflowRoute)
  .route('/', updateProgramWorkflowRoute)
  .route('/', deleteProgramWorkflowRoute)
  .route('/', getMyWorkflowProgressRoute);
