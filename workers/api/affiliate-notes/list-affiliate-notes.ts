import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listAffiliateNotes } from '../../services/affiliate-notes';
import { bearer, errorResponses, iso } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateNoteList, affiliateParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listAffiliateNotes',
  path: '/orgs/{orgId}/affiliates/{affiliateId}/notes',
  tags: ['enrollments'],
  summary: 'Your team’s notes about one of your affiliates, newest first (the latest 200)',
  description: 'Seen by your members only, never by the affiliate. 404 for an affiliate not enrolled with you.',
  security: bearer,
  request: { params: affiliateParams },
  responses: {
    200: { description: 'The notes', content: { 'application/json': { schema: affiliateNoteList } } },
    ...errorResponses,
  },
});

const personName = (p: { firstName: string | null; lastName: string | null; email: string }) =>
  [p.firstName, p.lastName].filter(Boolean).join(' ').trim() || p.email;

export const listAffiliateNotesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listAffiliateNotes({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json(
    {
      items: rows.map((n) => ({
        id: n.id,
        body: n.body,
        createdAt: iso(n.createdAt),
        author: n.author ? { id: n.author.id, name: personName(n.author) } : null,
      })),
    },
    200,
  );
});
