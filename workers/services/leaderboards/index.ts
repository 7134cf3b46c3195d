export { getMyLeaderboard } from './get-my-leaderboard';
export type { Leaderboard, LeaderboardEntry, LeaderboardSettings } from './read-leaderboard';
export { setMyLeaderboardMasking } from './set-my-leaderboard-masking';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { readLeaderboard } from './read-leaderboard';
