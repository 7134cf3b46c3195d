import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

/** The links routes; each operation lives in its own file and is mounted here. */
export const linksRoutes = new OpenAPIHono<AppEnv>();
