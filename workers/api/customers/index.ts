import { exportCustomersRoute, exportMyCustomersRoute } from './export-customers';
import { listCustomersRoute } from './list-customers';
import { listMyCustomersRoute } from './list-my-customers';
import { mountRoutes } from '../mount-routes';

/** Referred customers, advertiser side and affiliate side (masked, without revenue). */
export const customersRoutes = mountRoutes([
  listCustomersRoute,
  exportCustomersRoute,
  listMyCustomersRoute,
  exportMyCustomersRoute,
]);
