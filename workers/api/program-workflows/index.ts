import { createProgramWorkflowRoute } from './create-program-workflow';
import { deleteProgramWorkflowRoute } from './delete-program-workflow';
import { getMyWorkflowProgressRoute } from './get-my-workflow-progress';
import { listProgramWorkflowsRoute } from './list-program-workflows';
import { updateProgramWorkflowRoute } from './update-program-workflow';
import { mountRoutes } from '../mount-routes';

/** A program's workflows (staff) and the affiliate's progress to its next tier; each operation in its own file. */
export const programWorkflowsRoutes = mountRoutes([
  listProgramWorkflowsRoute,
  createProgramWorkflowRoute,
  updateProgramWorkflowRoute,
  deleteProgramWorkflowRoute,
  getMyWorkflowProgressRoute,
]);
