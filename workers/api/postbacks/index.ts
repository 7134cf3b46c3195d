import { getMyPostbackRoute } from './get-my-postback';
import { listMyDeliveriesRoute } from './list-my-deliveries';
import { listOrgDeliveriesRoute } from './list-org-deliveries';
import { listPlatformDeliveriesRoute } from './list-platform-deliveries';
import { replayDeliveryRoute } from './replay-delivery';
import { testPostbackRoute } from './test-postback';
import { updateMyPostbackRoute } from './update-my-postback';
import { mountRoutes } from '../mount-routes';

/** Outbound postbacks: the affiliate's settings and log, the advertiser's and the platform's logs, the platform replay, a test fire. */
export const postbacksRoutes = mountRoutes([
  getMyPostbackRoute,
  updateMyPostbackRoute,
  listMyDeliveriesRoute,
  listOrgDeliveriesRoute,
  listPlatformDeliveriesRoute,
  replayDeliveryRoute,
  testPostbackRoute,
]);
