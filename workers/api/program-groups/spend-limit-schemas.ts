import { z } from '@hono/zod-openapi';
import { MAX_SPEND_LIMITS, SPEND_LIMIT_PERIODS, spendLimitIssues } from '../../domain/spend-limits';
import { currencyCode, minorAmount } from '../shared/schemas';

export const spendLimit = z
  .object({
    period: z
      .enum(SPEND_LIMIT_PERIODS)
      .describe('A calendar period in UTC: the day, the ISO week (from Monday), the month, or total (ever)'),
    maxMinor: minorAmount.describe('The most a member earns in the period, in minor units of currency'),
    currency: currencyCode.describe('Only lines in this currency count against the limit and are cut by it'),
  })
  .strict()
  .openapi('SpendLimit');

export const spendLimits = z
  .array(spendLimit)
  .max(MAX_SPEND_LIMITS)
  .superRefine((limits, ctx) => {
    for (const issue of spendLimitIssues(limits))
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.split('.').slice(1).map(Number) });
  })
  .describe(
    "Caps on each member's direct commission in the program; a line over a cap is cut (to zero if need be) and its calculation says which cap. One per period and currency",
  );
