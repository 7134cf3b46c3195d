import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { checkLedger } from './check-ledger';
import { getMyOrgBalance } from './get-my-org-balance';
import { listMyBalances } from './list-my-balances';
import { listOrgBalances } from './list-org-balances';
import { listPlatformBalances } from './list-platform-balances';

/** Balances for affiliates, advertisers and platform staff (one query underneath), and the ledger check. */
export const financeRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listMyBalances)
  .route('/', getMyOrgBalance)
  .route('/', listOrgBalances)
  .route('/', listPlatformBalances)
  .route('/', checkLedger);
