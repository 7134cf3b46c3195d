export { LeaderboardCard } from './leaderboard-card';
