import { checkEditionHostRoute } from './check-edition-host';
import { createMyEditionRoute } from './create-my-edition';
import { approveEditionRoute, reinstateEditionRoute, rejectEditionRoute, suspendEditionRoute } from './decide-edition';
import { deleteEditionRoute } from './delete-edition';
import { deleteMyEditionRoute } from './delete-my-edition';
import { getEditionRoute } from './get-edition';
import { getEditionDomainRoute } from './get-edition-domain';
import { getEditionSettingsRoute } from './get-edition-settings';
import { getMyEditionRoute } from './get-my-edition';
import { listEditionAppsRoute } from './list-edition-apps';
import { listEditionsRoute } from './list-editions';
import { listMyEditionsRoute } from './list-my-editions';
import { putEditionSettingsRoute } from './put-edition-settings';
import { recordEditionVisitRoute } from './record-edition-visit';
import { removeEditionFaviconRoute, removeEditionLogoRoute } from './remove-edition-image';
import { resolveEditionRoute } from './resolve-edition';
import { submitMyEditionRoute } from './submit-my-edition';
import { updateMyEditionRoute } from './update-my-edition';
import { uploadEditionFaviconRoute, uploadEditionLogoRoute } from './upload-edition-image';
import { mountRoutes } from '../mount-routes';

/**
 * Affiliates' branded editions of advertisers' apps: the advertiser's offer and decisions, the affiliate's
 * wizard, and the partner app's resolution. check-host is mounted before {editionId}, which would take it.
 */
export const editionsRoutes = mountRoutes([
  getEditionSettingsRoute,
  putEditionSettingsRoute,
  listEditionsRoute,
  getEditionRoute,
  approveEditionRoute,
  rejectEditionRoute,
  suspendEditionRoute,
  reinstateEditionRoute,
  deleteEditionRoute,
  listEditionAppsRoute,
  checkEditionHostRoute,
  listMyEditionsRoute,
  createMyEditionRoute,
  getMyEditionRoute,
  updateMyEditionRoute,
  deleteMyEditionRoute,
  submitMyEditionRoute,
  getEditionDomainRoute,
  uploadEditionLogoRoute,
  uploadEditionFaviconRoute,
  removeEditionLogoRoute,
  removeEditionFaviconRoute,
  resolveEditionRoute,
  recordEditionVisitRoute,
]);
