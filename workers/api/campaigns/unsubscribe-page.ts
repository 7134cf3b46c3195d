import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { readUnsubscribeLink, unsubscribe } from '../../services/campaigns';
import { renderUnsubscribePage } from '../../domain/unsubscribe-page';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';

// The short public path /unsubscribe is answered by these routes (workers/public-pages.ts rewrites it), on the
// platform's host and on an advertiser's portal host alike, so the email's link never needs the dashboard.

const query = z.object({
  token: z.string().max(2_000).optional().describe('The token of the email’s unsubscribe link'),
});
const html = (description: string) => ({
  description,
  content: { 'text/html': { schema: z.string().describe('A whole HTML document, without script') } },
});

function answer(
  c: Context<AppEnv>,
  state: 'confirm' | 'done' | 'invalid',
  link: { locale: 'en' | 'ru'; advertiserName: string } | null,
) {
  const page = renderUnsubscribePage({
    state,
    locale: link?.locale ?? 'en',
    advertiserName: link?.advertiserName ?? '',
    action: `/unsubscribe${new URL(c.req.url).search}`,
  });
  return c.html(page, state === 'invalid' ? 400 : 200, {
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
}

const getRoute = createRoute({
  method: 'get',
  operationId: 'getUnsubscribePage',
  security: publicAccess,
  path: '/pages/unsubscribe',
  tags: ['campaigns'],
  summary: 'The unsubscribe page of a marketing email’s link, as HTML; opening it changes nothing',
  request: { query },
  responses: {
    200: html('The page with its one button'),
    400: html('The link is not valid'),
    ...declareErrorResponses(404),
  },
});

const postRoute = createRoute({
  method: 'post',
  operationId: 'submitUnsubscribePage',
  security: publicAccess,
  path: '/pages/unsubscribe',
  tags: ['campaigns'],
  summary: 'The unsubscribe page’s button: stops the advertiser’s marketing email, answers HTML',
  request: { query },
  responses: { 200: html('Unsubscribed'), 400: html('The link is not valid'), ...declareErrorResponses(404) },
});

export const unsubscribePageRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) => {
    const token = c.req.valid('query').token ?? '';
    const link = token ? await readUnsubscribeLink({ ctx: c.var.services(), input: { token } }) : null;
    return answer(c, link ? 'confirm' : 'invalid', link);
  })
  .openapi(postRoute, async (c) => {
    const token = c.req.valid('query').token ?? '';
    const ctx = c.var.services();
    const link = token ? await readUnsubscribeLink({ ctx, input: { token } }) : null;
    if (!link) return answer(c, 'invalid', null);
    return answer(c, 'done', await unsubscribe({ ctx, input: { token } }));
  });
