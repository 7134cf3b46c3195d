import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { summarizeDiscounts } from '../../services/discounts';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const DAY = 86_400_000;

const query = z
  .strictObject({
    from: z.iso.date().optional().describe('First UTC day (YYYY-MM-DD); default 30 days before `to`'),
    to: z.iso.date().optional().describe('Last UTC day, included; default today'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

const summary = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    items: z.array(
      z.object({
        currency: z.string(),
        sales: z.number().int().describe('Sales and rebills'),
        revenueMinor: z.number().int().describe('What they brought in, minor units'),
        discountedSales: z.number().int().describe('Those Stripe reported a discount on'),
        discountMinor: z.number().int().describe('The amount taken off them, minor units'),
      }),
    ),
  })
  .openapi('DiscountSummary');

const route = createRoute({
  method: 'get',
  operationId: 'getDiscountSummary',
  path: '/orgs/{orgId}/stats/discounts',
  tags: ['stats'],
  summary: "Discounts given to referred customers against revenue, per currency (from Stripe's events)",
  security: bearer,
  request: { params: orgParams, query },
  responses: {
    200: { description: 'Per currency', content: { 'application/json': { schema: summary } } },
    ...errorResponses,
  },
});

export const getDiscountSummaryRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const q = c.req.valid('query');
  const to = q.to ?? ctx.now.toISOString().slice(0, 10);
  const from = q.from ?? new Date(Date.parse(to) - 29 * DAY).toISOString().slice(0, 10);
  const items = await summarizeDiscounts({
    ctx,
    input: { from: new Date(`${from}T00:00:00Z`), to: new Date(Date.parse(`${to}T00:00:00Z`) + DAY) },
  });
  return c.json({ from, to, items }, 200);
});
