import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listProgramOffers } from '../../services/applications';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { offersQuery, programOffers, programOffersView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listProgramOffers',
  path: '/affiliate/orgs/{orgId}/program-offers',
  tags: ['affiliate'],
  summary: "This advertiser's other programs open to you, offered because you are active in one of its programs",
  description: 'Empty until you are active in one of the advertiser’s programs. Only this advertiser’s programs.',
  security: bearer,
  request: { params: orgParams, query: offersQuery },
  responses: {
    200: { description: 'The offers', content: { 'application/json': { schema: programOffers } } },
    ...errorResponses,
  },
});

export const listProgramOffersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(
    programOffersView(await listProgramOffers({ ctx: c.var.services(), input: { locale: c.req.valid('query').lang } })),
    200,
  ),
);
