import { getMyAdvertiserHomeRoute } from './get-my-advertiser-home';
import { getMyHomeRoute } from './get-my-home';
import { mountRoutes } from '../mount-routes';

/** The affiliate's home, across advertisers and in one advertiser's context. */
export const affiliateHomeRoutes = mountRoutes([getMyHomeRoute, getMyAdvertiserHomeRoute]);
