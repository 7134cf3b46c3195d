import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createLink } from './create-link';
import { deleteLink } from './delete-link';
import { getLink } from './get-link';
import { listLinks } from './list-links';
import { updateLink } from './update-link';

/** The affiliate's link builder; each operation lives in its own file and is mounted here. */
export const linksRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listLinks)
  .route('/', createLink)
  .route('/', getLink)
  .route('/', updateLink)
  .route('/', deleteLink);
