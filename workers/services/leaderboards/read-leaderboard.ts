import type { LeaderboardMetric, LeaderboardPeriod } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { leaderboardFrom, leaderboardName } from '../../domain/leaderboard';
import { rankProgram } from './rank-program';

export interface LeaderboardSettings {
  metric: LeaderboardMetric;
  period: LeaderboardPeriod;
}

export interface LeaderboardEntry {
  rank: number;
  /** As the other affiliates see it (masked when the affiliate chose so); null when the account has no name. */
  name: string | null;
  /** Conversions, clicks, or commission in minor units of `currency`. */
  score: number;
  /** This row is the viewer's. */
  you: boolean;
}

export interface Leaderboard extends LeaderboardSettings {
  /** The first UTC day summed; null for all time. */
  from: Date | null;
  /** The currency of earnings scores (the program's); null for counts. */
  currency: string | null;
  entries: LeaderboardEntry[];
  /** The viewer's place: rank null until it scores in the period. */
  you: { rank: number | null; score: number; masked: boolean };
  /** How many affiliates scored in the period. */
  ranked: number;
}

/**
 * A program's board as one of its active affiliates sees it: the top ten by name or mask and its own
 * place. The caller has checked that the viewer's enrollment is active and the board is on; nothing
 * here names an affiliate beyond the program, and no score is revenue (earnings are commissions).
 */
export async function readLeaderboard({
  ctx,
  input,
}: ServiceCall<{
  enrollment: { id: string; organizationId: string; programId: string; leaderboardMasked: boolean };
  program: { currency: string; leaderboard: LeaderboardSettings };
}>): Promise<Leaderboard> {
  const { enrollment, program } = input;
  const { metric, period } = program.leaderboard;
  const from = leaderboardFrom(period, ctx.now);
  const ranking = await rankProgram({
    ctx,
    input: {
      organizationId: enrollment.organizationId,
      programId: enrollment.programId,
      metric,
      from,
      currency: program.currency,
      enrollmentId: enrollment.id,
    },
  });
  return {
    metric,
    period,
    from,
    currency: metric === 'earnings' ? program.currency : null,
    entries: ranking.top.map((r) => ({
      rank: r.rank,
      name: leaderboardName(r.firstName, r.lastName, r.masked),
      score: r.score,
      you: r.enrollmentId === enrollment.id,
    })),
    you: {
      rank: ranking.me?.rank ?? null,
      score: ranking.me?.score ?? 0,
      masked: enrollment.leaderboardMasked,
    },
    ranked: ranking.ranked,
  };
}
