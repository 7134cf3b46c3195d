import { searchAffiliateRoute } from './search-affiliate';
import { searchOrganizationRoute } from './search-organization';
import { searchPlatformRoute } from './search-platform';
import { mountRoutes } from '../mount-routes';

/** The command palette's searches: one per audience, each behind its path's tenancy. */
export const searchRoutes = mountRoutes([searchOrganizationRoute, searchAffiliateRoute, searchPlatformRoute]);
