import { z } from '@hono/zod-openapi';
import { LeaderboardMetric, LeaderboardPeriod } from '../../../schema/enums';
import type { Leaderboard } from '../../services/leaderboards';
import { idParam, isoOrNull, timestamp } from '../shared/schemas';

export const leaderboardParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });

/** A program's leaderboard setting, shared by the program's schemas; null on the program: no board. */
export const leaderboardSettings = z
  .strictObject({
    metric: z
      .enum(LeaderboardMetric)
      .describe('conversions: leads and sales; earnings: the affiliate’s own commission; clicks: accepted clicks'),
    period: z
      .enum(LeaderboardPeriod)
      .describe('UTC days: today and the 6 or 29 before it, the calendar month so far, or all time'),
  })
  .openapi('LeaderboardSettings');

export const leaderboardMaskingBody = z
  .strictObject({ masked: z.boolean().describe('true: the other affiliates see your first name masked as A•••a') })
  .openapi('LeaderboardMasking');

export const leaderboard = z
  .object({
    metric: z.enum(LeaderboardMetric),
    period: z.enum(LeaderboardPeriod),
    from: timestamp.nullable().describe('The first UTC midnight summed; null for all time'),
    currency: z.string().nullable().describe('The currency of earnings scores (the program’s); null for counts'),
    entries: z
      .array(
        z.object({
          rank: z.number().int().describe('Equal scores share a rank; they are listed in the order they joined'),
          name: z
            .string()
            .nullable()
            .describe('First name and last initial, or A•••a when that affiliate masks it; null when it has none'),
          score: z.number().int().describe('Conversions, clicks, or commission in minor units of currency'),
          you: z.boolean(),
        }),
      )
      .describe('The top ten active affiliates with a score in the period'),
    you: z.object({
      rank: z.number().int().nullable().describe('Null until you score in the period'),
      score: z.number().int(),
      masked: z.boolean().describe('Whether the others see your name masked'),
    }),
    ranked: z.number().int().describe('How many affiliates scored in the period'),
  })
  .openapi('Leaderboard');

export const leaderboardView = (b: Leaderboard): z.infer<typeof leaderboard> => ({
  metric: b.metric,
  period: b.period,
  from: isoOrNull(b.from),
  currency: b.currency,
  entries: b.entries,
  you: b.you,
  ranked: b.ranked,
});
