import { createProgramRoute } from './create-program';
import { deleteProgramRoute } from './delete-program';
import { getProgramRoute } from './get-program';
import { listMarketplaceRoute } from './list-marketplace';
import { listProgramsRoute } from './list-programs';
import { rotatePostbackSecretRoute } from './rotate-postback-secret';
import { updateProgramRoute } from './update-program';
import { mountRoutes } from '../mount-routes';

/** The programs routes (and the affiliates' marketplace); each operation lives in its own file and is mounted here. */
export const programsRoutes = mountRoutes([
  listProgramsRoute,
  createProgramRoute,
  getProgramRoute,
  updateProgramRoute,
  deleteProgramRoute,
  rotatePostbackSecretRoute,
  listMarketplaceRoute,
]);
