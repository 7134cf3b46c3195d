import { getPortalRoute } from './get-portal';
import { getUploadRoute } from './get-upload';
import { uploadFaviconRoute, uploadLogoRoute } from './upload-brand-image';
import { mountRoutes } from '../mount-routes';

/** The white-label portal routes; each operation lives in its own file and is mounted here. */
export const portalRoutes = mountRoutes([getPortalRoute, getUploadRoute, uploadLogoRoute, uploadFaviconRoute]);
