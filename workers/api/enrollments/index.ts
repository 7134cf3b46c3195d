import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

/** The enrollments routes; each operation lives in its own file and is mounted here. */
export const enrollmentsRoutes = new OpenAPIHono<AppEnv>();
