import { checkLedgerRoute } from './check-ledger';
import { checkOrgLedgerRoute } from './check-org-ledger';
import { getMyOrgBalanceRoute } from './get-my-org-balance';
import { listMyBalancesRoute } from './list-my-balances';
import { listOrgBalancesRoute } from './list-org-balances';
import { listPlatformBalancesRoute } from './list-platform-balances';
import { mountRoutes } from '../mount-routes';

/** Balances for affiliates, advertisers and platform staff (one query underneath), and the ledger check. */
export const financeRoutes = mountRoutes([
  listMyBalancesRoute,
  getMyOrgBalanceRoute,
  listOrgBalancesRoute,
  listPlatformBalancesRoute,
  checkLedgerRoute,
  checkOrgLedgerRoute,
]);
