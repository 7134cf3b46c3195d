import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { addAffiliateNote } from '../../services/affiliate-notes';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, id, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { addNoteBody, affiliateParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'addAffiliateNote',
  path: '/orgs/{orgId}/affiliates/{affiliateId}/notes',
  tags: ['enrollments'],
  summary: 'Write a note about one of your affiliates',
  description: 'Audited with its text. Owner or admin.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: affiliateParams, body: jsonBody(addNoteBody) },
  responses: {
    201: {
      description: 'The note was added',
      content: { 'application/json': { schema: z.object({ id }) } },
    },
    ...errorResponses,
  },
});

export const addAffiliateNoteRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId } = c.req.valid('param');
  const note = await addAffiliateNote({
    ctx: c.var.services(),
    input: { affiliateId, body: c.req.valid('json').body },
  });
  return c.json({ id: note.id }, 201);
});
