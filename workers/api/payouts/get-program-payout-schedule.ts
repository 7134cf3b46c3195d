import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getProgramPayoutSchedule } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programPayoutScheduleJson, programPayoutScheduleSchema, scheduleParams } from './schedule-views';

const route = createRoute({
  method: 'get',
  operationId: 'getProgramPayoutSchedule',
  path: '/orgs/{orgId}/programs/{programId}/payout-schedule',
  tags: ['payouts'],
  summary: 'When the payout cron proposes the program’s balances, and its next run',
  description: 'Owners, admins and finance. A program never set is daily (every morning at 04:30 UTC).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: scheduleParams },
  responses: {
    200: { description: 'The schedule', content: { 'application/json': { schema: programPayoutScheduleSchema } } },
    ...errorResponses,
  },
});

export const getProgramPayoutScheduleRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId } = c.req.valid('param');
  return c.json(
    programPayoutScheduleJson(await getProgramPayoutSchedule({ ctx: c.var.services(), input: { programId } })),
    200,
  );
});
