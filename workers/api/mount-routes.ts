import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './types';

/**
 * One app of an area's route files, mounted in order. A chain of `.route()` calls would make the type
 * checker merge every route's schema into the next (a quarter of the type check's time), and nothing
 * reads those types: the OpenAPI document and the dashboard's client come from the zod schemas.
 */
export function mountRoutes(routes: OpenAPIHono<AppEnv>[]): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  for (const route of routes) app.route('/', route);
  return app;
}
