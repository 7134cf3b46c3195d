import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteBounty } from '../../services/bounties';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bountyParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteBounty',
  path: '/orgs/{orgId}/bounties/{bountyId}',
  tags: ['bounties'],
  summary: 'Delete a bounty nobody answered yet',
  description: 'One with submissions or winners is 409 bounty_in_use: move its end date instead. Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: bountyParams },
  responses: {
    204: { description: 'Deleted' },
    ...errorResponses,
  },
});

export const deleteBountyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteBounty({ ctx: c.var.services(), input: { bountyId: c.req.valid('param').bountyId } });
  return c.body(null, 204);
});
