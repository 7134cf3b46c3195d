import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { z } from 'zod';
import { frameAncestors } from '../../domain/embed-token';
import { toBase64url } from '../../domain/base64url';
import { errorResponse, onError } from '../../errors/on-error';
import { getEmbedOrigins } from '../../services/embed';
import { serviceContext } from '../middleware/service-context';
import type { AppEnv } from '../types';
import { renderEmbedPage } from './render-embed-page';

const appIdParam = z.uuid();

/**
 * GET /embed/{appId}: the embedded referral dashboard's page, framed only by the app's embed origins
 * (frame-ancestors). It sets no cookie and reads none; the token arrives in the URL fragment.
 */
export function createEmbedPageApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(serviceContext);
  app.get('/embed/:appId', async (c) => {
    const appId = appIdParam.safeParse(c.req.param('appId'));
    const origins = appId.success
      ? await getEmbedOrigins({ ctx: c.var.services(), input: { appId: appId.data } })
      : null;
    if (!appId.success || origins === null) return errorResponse(c, 'not_found', 'No such app');
    const nonce = toBase64url(crypto.getRandomValues(new Uint8Array(16)));
    return c.html(renderEmbedPage(appId.data, nonce), 200, {
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        frameAncestors(origins),
      ].join('; '),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  app.notFound((c) => errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError(onError);
  return app;
}
