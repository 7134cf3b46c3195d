import { type SQL, sql } from 'drizzle-orm';
import type { LeaderboardMetric } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { LEADERBOARD_SIZE } from '../../domain/leaderboard';

export interface RankProgramInput {
  organizationId: string;
  programId: string;
  metric: LeaderboardMetric;
  /** The first UTC midnight summed; null: all time (the enrollment totals). */
  from: Date | null;
  /** Earnings count in this currency only (the program's): amounts of two currencies never add up. */
  currency: string;
  /** The viewer, whose place is returned wherever it is. */
  enrollmentId: string;
}

export interface RankedRow {
  enrollmentId: string;
  /** Competition rank: equal scores share it (1, 2, 2, 4). */
  rank: number;
  score: number;
  firstName: string | null;
  lastName: string | null;
  masked: boolean;
}

export interface ProgramRanking {
  /** The first LEADERBOARD_SIZE, best first; ties in the order the affiliates joined the program. */
  top: RankedRow[];
  /** The viewer's row; null while it has scored nothing in the period. */
  me: RankedRow | null;
  /** How many affiliates scored in the period. */
  ranked: number;
}

/**
 * Each enrollment's score in the period, from the rollups only: the enrollment totals for all time,
 * else the daily clicks per enrollment or the hourly conversion and commission rollups from a UTC
 * midnight on. Each reads its primary key's (organization, time) range, narrowed to the program.
 */
function scores({ organizationId, programId, metric, from, currency }: RankProgramInput): SQL {
  if (from === null) {
    const column = {
      clicks: sql`t.clicks`,
      conversions: sql`t.conversions`,
      earnings: sql`CASE WHEN t.currency = ${currency} THEN t.earnings_minor ELSE 0 END`,
    }[metric];
    return sql`SELECT t.enrollment_id, ${column} AS score FROM affiliate.enrollment_totals t
      WHERE t.program_id = ${programId} AND t.organization_id = ${organizationId}`;
  }
  if (metric === 'clicks')
    return sql`SELECT r.enrollment_id, sum(r.clicks) AS score FROM affiliate.click_enrollment_daily r
      WHERE r.organization_id = ${organizationId} AND r.day >= ${from} AND r.program_id = ${programId}
      GROUP BY r.enrollment_id`;
  if (metric === 'conversions')
    return sql`SELECT r.enrollment_id, sum(r.conversions) AS score FROM affiliate.conversion_stats_hourly r
      WHERE r.organization_id = ${organizationId} AND r.hour >= ${from} AND r.program_id = ${programId}
        AND r.event_type IN ('lead', 'sale') AND r.status NOT IN ('rejected', 'reversed')
      GROUP BY r.enrollment_id`;
  // Level 0 pays the enrollment's own affiliate; adjustments (refunds after payout) count against it.
  return sql`SELECT r.enrollment_id, sum(r.amount_minor) AS score FROM affiliate.commission_stats_hourly r
    WHERE r.organization_id = ${organizationId} AND r.hour >= ${from} AND r.program_id = ${programId}
      AND r.level = 0 AND r.status NOT IN ('rejected', 'reversed') AND r.currency = ${currency}
    GROUP BY r.enrollment_id`;
}

/**
 * Ranks a program's active affiliates by one metric over one period, in one statement: the scores,
 * joined to the active enrollments of the program (a suspended or terminated affiliate, or an erased
 * account, whose enrollments are terminated, drops off the board), then only what the board shows. No
 * rank is computed for the whole program (a window over every affiliate sorted them all): the top rows
 * are an ordered, limited read, each one's rank is one more than the top rows scoring more (every such
 * row is among them), and the viewer's is one more than the number of scores above theirs. Names are
 * read for those rows only.
 */
export async function rankProgram({ ctx, input }: ServiceCall<RankProgramInput>): Promise<ProgramRanking> {
  const result = await ctx.db.execute<{
    enrollment_id: string;
    score: string;
    first_name: string | null;
    last_name: string | null;
    leaderboard_masked: boolean;
    top: boolean;
    above: string | null;
    ranked: string;
  }>(sql`
    -- Summed once, before the join: inlined, each parallel worker summed the whole period again.
    WITH scores AS MATERIALIZED (${scores(input)}),
    -- Erasing an account terminates its enrollments in the same transaction, so active ones have an account.
    board AS MATERIALIZED (
      SELECT s.enrollment_id, s.score
      FROM scores s
      JOIN affiliate.enrollments e ON e.id = s.enrollment_id
      WHERE s.score > 0 AND e.program_id = ${input.programId} AND e.organization_id = ${input.organizationId}
        AND e.status = 'active'
    ),
    top AS (SELECT enrollment_id, score FROM board ORDER BY score DESC, enrollment_id LIMIT ${LEADERBOARD_SIZE}),
    mine AS (SELECT enrollment_id, score FROM board WHERE enrollment_id = ${input.enrollmentId}),
    shown AS (
      SELECT enrollment_id, score, true AS top, NULL::bigint AS above FROM top
      UNION ALL
      SELECT m.enrollment_id, m.score, false, (SELECT count(*) FROM board b WHERE b.score > m.score) FROM mine m
    )
    SELECT x.enrollment_id, x.score::text, u.first_name, u.last_name, e.leaderboard_masked, x.top, x.above::text,
      (SELECT count(*) FROM board)::text AS ranked
    FROM shown x
    JOIN affiliate.enrollments e ON e.id = x.enrollment_id
    JOIN affiliate.users u ON u.id = e.affiliate_id
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*) FROM board)::text
    WHERE NOT EXISTS (SELECT 1 FROM shown)`);
  const row = (r: (typeof result.rows)[number], rank: number): RankedRow => ({
    enrollmentId: r.enrollment_id,
    rank,
    score: Number(r.score),
    firstName: r.first_name,
    lastName: r.last_name,
    masked: r.leaderboard_masked,
  });
  // Best first; ties in the order the affiliates joined the program (enrollment ids are UUIDv7).
  const topRows = result.rows
    .filter((r) => r.top)
    .sort((x, y) => Number(y.score) - Number(x.score) || (x.enrollment_id < y.enrollment_id ? -1 : 1));
  const top = topRows.map((r) => row(r, 1 + topRows.filter((o) => Number(o.score) > Number(r.score)).length));
  const mine = result.rows.find((r) => r.enrollment_id !== null && !r.top);
  return {
    top,
    me: mine ? row(mine, 1 + Number(mine.above)) : null,
    ranked: Number(result.rows[0]?.ranked ?? 0),
  };
}
