import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

/** The programs routes; each operation lives in its own file and is mounted here. */
export const programsRoutes = new OpenAPIHono<AppEnv>();
