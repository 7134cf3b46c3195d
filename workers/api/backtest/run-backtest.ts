import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { runBacktest } from '../../services/backtest';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import type { WorkflowSettings } from '../../services/workflows';
import { workflowColumns } from '../program-workflows/schemas';
import { backtestBody, backtestParams, backtestResult, backtestView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'runBacktest',
  path: '/orgs/{orgId}/programs/{programId}/backtest',
  tags: ['programs'],
  summary:
    "What proposed group terms, rules, limits and workflows would have paid over the period's stored conversions, against what was paid",
  description:
    'Read-only. Replays the stored leads, sales and rebills (with their refunds, recurring limits, spend limits and uplines) through the same rules as live commissions, and the workflows group moves. Revenue shows, so the advertiser roles that see revenue may run it.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: backtestParams, body: jsonBody(backtestBody) },
  responses: {
    200: { description: 'Actual against proposed', content: { 'application/json': { schema: backtestResult } } },
    ...errorResponses,
  },
});

export const runBacktestRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId } = c.req.valid('param');
  const body = c.req.valid('json');
  const result = await runBacktest({
    ctx: c.var.services(),
    // The schema admits only 30, 90 and 365.
    input: {
      programId,
      ...body,
      periodDays: body.periodDays as 30 | 90 | 365,
      workflows: body.workflows?.map(({ workflowId, ...w }) => ({
        workflowId,
        ...(workflowColumns(w) as WorkflowSettings),
      })),
    },
  });
  return c.json(backtestView(result), 200);
});
