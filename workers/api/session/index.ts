import { mountRoutes } from '../mount-routes';
import { getAffiliateSessionRoute } from './get-affiliate-session';
import { getMySessionRoute } from './get-my-session';
import { getOrgSessionRoute } from './get-org-session';

/** The dashboard's boot: one request per page load for the frame's profile, brand, context and unread counts. */
export const sessionRoutes = mountRoutes([getMySessionRoute, getOrgSessionRoute, getAffiliateSessionRoute]);
