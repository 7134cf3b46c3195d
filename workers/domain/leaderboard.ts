import type { LeaderboardPeriod } from '../../schema/enums';
import { recruitDisplayName } from './recruitment';

/** How many affiliates a leaderboard lists; the viewer's own place is given besides, wherever it is. */
export const LEADERBOARD_SIZE = 10;

const DAY_MS = 86_400_000;

/**
 * The first instant a leaderboard period sums, at a UTC midnight so whole days of the daily rollups
 * answer it: today and the 6 (or 29) days before, the first of this month, or null for all time.
 */
export function leaderboardFrom(period: LeaderboardPeriod, now: Date): Date | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  switch (period) {
    case 'last_7_days':
      return new Date(today - 6 * DAY_MS);
    case 'last_30_days':
      return new Date(today - 29 * DAY_MS);
    case 'this_month':
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    case 'all_time':
      return null;
  }
}

/** A first name as masked affiliates appear: its first and last letters around three dots ("A•••a"). */
export function maskName(firstName: string): string {
  const letters = Array.from(firstName.trim());
  if (letters.length === 0) return '•••';
  const first = letters[0]!.toUpperCase();
  return letters.length === 1 ? `${first}•••` : `${first}•••${letters.at(-1)!.toLowerCase()}`;
}

/**
 * The name other affiliates see on the board: the display name (first name and last initial), or its
 * mask when the affiliate chose one; null when the account has no name (the board says "an affiliate").
 * Never the email: that is the affiliate's contact with the advertiser, not with its peers.
 */
export function leaderboardName(firstName: string | null, lastName: string | null, masked: boolean): string | null {
  const shown = recruitDisplayName(firstName, lastName);
  if (shown === null) return null;
  return masked ? maskName(firstName!) : shown;
}
