import { z } from '@hono/zod-openapi';
import { CommissionType } from '../../../schema/enums';
import { bps, currencyCode, minorAmount } from '../shared/schemas';

const values = z.array(z.string().trim().min(1).max(200)).min(1).max(100);
const comparison = z.enum(['gt', 'gte', 'lt', 'lte', 'eq']);

const condition = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('country'),
      in: z
        .array(z.string().regex(/^[A-Z]{2}$/))
        .min(1)
        .max(250),
      negate: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('app'), in: z.array(z.uuid()).min(1).max(100), negate: z.boolean().optional() }).strict(),
  z
    .object({ kind: z.literal('product'), in: values, negate: z.boolean().optional() })
    .strict()
    .describe("The event metadata's product_id, plan_id or price_id"),
  z
    .object({
      kind: z.literal('metadata'),
      key: z.string().trim().min(1).max(100),
      in: values,
      negate: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('amount'), op: comparison, minor: minorAmount, currency: currencyCode }).strict(),
  z.object({ kind: z.literal('new_customer'), is: z.boolean() }).strict(),
  z
    .object({
      kind: z.literal('affiliate_totals'),
      metric: z.enum(['sales', 'conversions', 'commission_minor', 'revenue_minor']),
      op: comparison,
      value: z.number().int().min(0).max(1_000_000_000_000),
      windowDays: z.number().int().min(1).max(3_650).nullable().describe('null: lifetime'),
    })
    .strict()
    .describe("The affiliate's totals in this program before the event (money in the program's currency)"),
]);

/** Conditions nest at most three deep: all/any of conditions or of further all/any groups. */
const level3 = z.union([
  z.object({ all: z.array(condition).max(20) }).strict(),
  z.object({ any: z.array(condition).max(20) }).strict(),
]);
const node2 = z.union([condition, level3]);
const level2 = z.union([
  z.object({ all: z.array(node2).max(20) }).strict(),
  z.object({ any: z.array(node2).max(20) }).strict(),
]);
const node1 = z.union([condition, level2]);
export const ruleWhen = z
  .union([z.object({ all: z.array(node1).max(20) }).strict(), z.object({ any: z.array(node1).max(20) }).strict()])
  .describe('Conditions combined with all (AND) or any (OR); groups nest three deep. { all: [] } always holds');

export const rewardRule = z
  .object({
    id: z.uuid().optional().describe('Kept when the rule is sent back; assigned when absent'),
    name: z.string().trim().min(1).max(120),
    events: z
      .array(z.enum(['lead', 'sale', 'rebill']))
      .min(1)
      .max(3),
    when: ruleWhen,
    reward: z
      .object({ commissionType: z.enum(CommissionType), rateBps: bps.nullable(), fixedMinor: minorAmount.nullable() })
      .strict()
      .refine((r) => r.commissionType === 'fixed' || r.rateBps !== null, {
        message: 'A percent or hybrid reward needs rateBps',
        path: ['rateBps'],
      })
      .refine((r) => r.commissionType === 'percent' || r.fixedMinor !== null, {
        message: 'A fixed or hybrid reward needs fixedMinor',
        path: ['fixedMinor'],
      }),
  })
  .strict()
  .openapi('RewardRule');

export const rewardRules = z
  .array(rewardRule)
  .max(50)
  .describe('When several rules match an event, the one paying the affiliate most wins (ties: the earlier rule)');
