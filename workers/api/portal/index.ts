import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getPortalRoute } from './get-portal';
import { getUploadRoute } from './get-upload';
import { uploadFaviconRoute, uploadLogoRoute } from './upload-brand-image';

/** The white-label portal routes; each operation lives in its own file and is mounted here. */
export const portalRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getPortalRoute)
  .route('/', getUploadRoute)
  .route('/', uploadLogoRoute)
  .route('/', uploadFaviconRoute);
