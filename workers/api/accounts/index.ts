import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

/** The accounts routes; each operation lives in its own file and is mounted here. */
export const accountsRoutes = new OpenAPIHono<AppEnv>();
