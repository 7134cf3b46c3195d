/**
 * Like for like: a period that has not ended yet (today, this week, this month so far) is compared with
 * the same elapsed part of the previous period, never with the whole of it, or "today" would always look
 * down against a full yesterday. Reports are made of hourly rows, so "so far" runs to the end of the
 * current hour on both sides: at 14:20 today 00:00–15:00 is compared with yesterday 00:00–15:00.
 */
const HOUR_MS = 3_600_000;

export interface Period {
  from: Date;
  to: Date;
}

export interface Comparison {
  /** The part of the current period compared: all of it, or up to the end of the current hour. */
  current: Period;
  /** The previous period, cut to the same elapsed length when the current one is not over. */
  previous: Period;
  /** True when the current period is still running and both sides are cut. */
  partial: boolean;
}

export function likeForLike({ current, previous, now }: { current: Period; previous: Period; now: Date }): Comparison {
  const soFar = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  // Over, or not begun (a range in the future, or one named by exact times): nothing runs, compare whole periods.
  if (soFar >= current.to.getTime() || now.getTime() < current.from.getTime())
    return { current, previous, partial: false };
  const elapsed = soFar - current.from.getTime();
  return {
    current: { from: current.from, to: new Date(current.from.getTime() + elapsed) },
    previous: { from: previous.from, to: new Date(Math.min(previous.to.getTime(), previous.from.getTime() + elapsed)) },
    partial: true,
  };
}
