import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

/** The audit routes; each operation lives in its own file and is mounted here. */
export const auditRoutes = new OpenAPIHono<AppEnv>();
