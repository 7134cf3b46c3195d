import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { errorResponse, onError } from '../../errors/on-error';
import { serviceContext } from '../middleware/service-context';
import type { AppEnv } from '../types';
import { handlePostback } from './handle-postback';

/**
 * The S2S `/postback` endpoint lives outside /api, where partners' trackers expect it,
 * but answers in the API's one error format with a request id.
 */
export function createPostbackApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(serviceContext);
  // Hono would answer HEAD with the GET handler: a link checker must not record a conversion.
  app.use('/postback', async (c, next) => {
    if (c.req.method === 'GET') return next();
    c.header('Allow', 'GET');
    return errorResponse(c, 'method_not_allowed', 'Postbacks are GET requests');
  });
  app.get('/postback', handlePostback);
  app.notFound((c) => errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError(onError);
  return app;
}
