import { getMyLeaderboardRoute } from './get-my-leaderboard';
import { setMyLeaderboardMaskingRoute } from './set-my-leaderboard-masking';
import { mountRoutes } from '../mount-routes';

/** The affiliate's side of program leaderboards (the advertiser sets one in the program's settings). */
export const leaderboardsRoutes = mountRoutes([getMyLeaderboardRoute, setMyLeaderboardMaskingRoute]);
