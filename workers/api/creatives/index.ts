import { createCreativeRoute } from './create-creative';
import { deleteCreativeRoute } from './delete-creative';
import { getBannerRoute } from './get-banner';
import { getCreativeRoute } from './get-creative';
import { listCreativesRoute } from './list-creatives';
import { listEnrolledCreativesRoute } from './list-enrolled-creatives';
import { prepareCreativeLinkRoute } from './prepare-creative-link';
import { updateCreativeRoute } from './update-creative';
import { uploadCreativeImageRoute } from './upload-creative-image';
import { mountRoutes } from '../mount-routes';

/** The creatives routes (advertiser library, the affiliate's view and links, rendered banners); one per file. */
export const creativesRoutes = mountRoutes([
  listCreativesRoute,
  createCreativeRoute,
  getCreativeRoute,
  updateCreativeRoute,
  deleteCreativeRoute,
  listEnrolledCreativesRoute,
  uploadCreativeImageRoute,
  prepareCreativeLinkRoute,
  getBannerRoute,
]);
