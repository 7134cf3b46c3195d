import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createMyEdition } from '../../services/editions';
import { bearer, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createEditionBody, editionErrorResponses, myEdition, myEditionView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createMyEdition',
  path: '/affiliate/orgs/{orgId}/editions',
  tags: ['editions'],
  summary: 'Start a branded edition (a draft) of an app',
  description:
    `editions_not_offered: the app offers none, or not this domain kind or brand field; edition_needs_enrollment: join the app's program first; hostname_not_allowed; edition_host_taken; edition_lookalike (details: field, resembles); edition_price_out_of_bounds; plan_limit_reached (402): the advertiser's plan has no edition left. A custom host is added at Cloudflare at once (GET …/domain shows its DNS records).`,
  security: bearer,
  request: { params: orgParams, body: jsonBody(createEditionBody) },
  responses: {
    201: { description: 'OK', content: { 'application/json': { schema: myEdition } } },
    ...editionErrorResponses,
  },
});

export const createMyEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createMyEdition({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(myEditionView(row), 201);
});
