import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteAffiliateNote } from '../../services/affiliate-notes';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { noteParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteAffiliateNote',
  path: '/orgs/{orgId}/affiliates/{affiliateId}/notes/{noteId}',
  tags: ['enrollments'],
  summary: 'Delete a note about one of your affiliates',
  description: 'The audit log keeps what it said. Owner or admin.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: noteParams },
  responses: { 204: { description: 'The note was deleted' }, ...errorResponses },
});

export const deleteAffiliateNoteRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId, noteId } = c.req.valid('param');
  await deleteAffiliateNote({ ctx: c.var.services(), input: { affiliateId, noteId } });
  return c.body(null, 204);
});
