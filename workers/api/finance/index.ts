import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { checkLedgerRoute } from './check-ledger';
import { checkOrgLedgerRoute } from './check-org-ledger';
import { getMyOrgBalanceRoute } from './get-my-org-balance';
import { listMyBalancesRoute } from './list-my-balances';
import { listOrgBalancesRoute } from './list-org-balances';
import { listPlatformBalancesRoute } from './list-platform-balances';

/** Balances for affiliates, advertisers and platform staff (one query underneath), and the ledger check. */
export const financeRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listMyBalancesRoute)
  .route('/', getMyOrgBalanceRoute)
  .route('/', listOrgBalancesRoute)
  .route('/', listPlatformBalancesRoute)
  .route('/', checkLedgerRoute)
  .route('/', checkOrgLedgerRoute);
