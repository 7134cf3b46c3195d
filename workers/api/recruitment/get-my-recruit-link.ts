import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyRecruitCode } from '../../services/recruitment';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myRecruitLink } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyRecruitLink',
  path: '/affiliate/recruit',
  tags: ['affiliate'],
  summary: 'Your recruit code and sign-up link (made on first call)',
  security: bearer,
  responses: {
    200: { description: 'Your code and link', content: { 'application/json': { schema: myRecruitLink } } },
    ...errorResponses,
  },
});

export const getMyRecruitLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await getMyRecruitCode({ ctx: c.var.services(), input: undefined }), 200),
);
