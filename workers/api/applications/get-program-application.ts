import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getProgramApplication } from '../../services/applications';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateProgramParams, programApplication, programApplicationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getProgramApplication',
  path: '/affiliate/programs/{programId}/application',
  tags: ['affiliate'],
  summary: 'What applying to a marketplace program asks: its form and the current terms to accept',
  security: bearer,
  request: { params: affiliateProgramParams },
  responses: {
    200: { description: 'The application', content: { 'application/json': { schema: programApplication } } },
    ...errorResponses,
  },
});

export const getProgramApplicationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(
    programApplicationView(
      await getProgramApplication({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } }),
    ),
    200,
  ),
);
