import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { ValidationError } from '../errors/app-error';
import { errorResponse, onError } from '../errors/on-error';
import { getHealth } from './health/get-health';
import { serviceContext } from './middleware/service-context';
import type { AppEnv } from './types';

export function createApi(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Every zod failure of a route's input becomes the one error format.
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new ValidationError('The request is not valid', details);
      }
    },
  }).basePath('/api');

  app.use(requestId());
  app.use(serviceContext);
  app.route('/', getHealth);

  app.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: { title: 'Affiliate Edge API', version: c.env.APP_VERSION ?? 'dev' },
  }));
  app.notFound((c) => errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError(onError);
  return app;
}
