import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { sendForm1099Emails } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { yearParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'sendForm1099Emails',
  path: '/orgs/{orgId}/tax/1099/{year}/emails',
  tags: ['tax'],
  summary: 'Email every payee of the year that its copy B is ready to download (audited)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: yearParams },
  responses: {
    200: {
      description: 'How many emails were queued',
      content: { 'application/json': { schema: z.object({ sent: z.number().int() }) } },
    },
    ...errorResponses,
  },
});

export const sendForm1099EmailsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await sendForm1099Emails({ ctx: c.var.services(), input: { year: c.req.valid('param').year } }), 200),
);
