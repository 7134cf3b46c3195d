import { exportStatementRoute } from './export-statement';
import { getStatementRoute } from './get-statement';
import { listStatementMonthsRoute } from './list-statement-months';
import { mountRoutes } from '../mount-routes';

/** Monthly statements of an advertiser (owners and finance). Static paths before the bare one. */
export const statementsRoutes = mountRoutes([listStatementMonthsRoute, exportStatementRoute, getStatementRoute]);
