import { createProgramGroupRoute } from './create-program-group';
import { deleteProgramGroupRoute } from './delete-program-group';
import { listProgramGroupsRoute } from './list-program-groups';
import { moveToGroupRoute } from './move-to-group';
import { updateProgramGroupRoute } from './update-program-group';
import { mountRoutes } from '../mount-routes';

/** A program's partner groups and moving members between them; each operation in its own file. */
export const programGroupsRoutes = mountRoutes([
  listProgramGroupsRoute,
  createProgramGroupRoute,
  updateProgramGroupRoute,
  deleteProgramGroupRoute,
  moveToGroupRoute,
]);
