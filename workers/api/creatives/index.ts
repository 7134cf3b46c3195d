import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

/** The creatives routes; each operation lives in its own file and is mounted here. */
export const creativesRoutes = new OpenAPIHono<AppEnv>();
