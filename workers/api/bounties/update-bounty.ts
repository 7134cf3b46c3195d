import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateBounty } from '../../services/bounties';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bounty, bountyColumns, bountyParams, bountyView, updateBountyBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateBounty',
  path: '/orgs/{orgId}/bounties/{bountyId}',
  tags: ['bounties'],
  summary: 'Change a bounty from now on (not its program or kind); winners keep what they won',
  description: 'Fewer winners than already won is 400 validation_failed. Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: bountyParams, body: jsonBody(updateBountyBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: bounty } } },
    ...errorResponses,
  },
});

export const updateBountyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateBounty({
    ctx: c.var.services(),
    input: { bountyId: c.req.valid('param').bountyId, changes: bountyColumns(c.req.valid('json')) },
  });
  return c.json(bountyView(row), 200);
});
