import { approveConversionRoute } from './approve-conversion';
import { getConversionRoute } from './get-conversion';
import { getMyConversionRoute } from './get-my-conversion';
import { listCommissionsRoute } from './list-commissions';
import { listConversionsRoute } from './list-conversions';
import { listMyCommissionsRoute } from './list-my-commissions';
import { listMyConversionsRoute } from './list-my-conversions';
import { rejectConversionRoute } from './reject-conversion';
import { reviewConversionsRoute } from './review-conversions';
import { mountRoutes } from '../mount-routes';

/** Conversions review and commission lines, advertiser side and affiliate side; one operation per file. */
export const conversionsRoutes = mountRoutes([
  listConversionsRoute,
  getConversionRoute,
  approveConversionRoute,
  rejectConversionRoute,
  reviewConversionsRoute,
  listCommissionsRoute,
  listMyConversionsRoute,
  listMyCommissionsRoute,
  getMyConversionRoute,
]);
