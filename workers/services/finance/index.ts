export { type Balance, type BalanceFilter, listBalances } from './balances';
export { checkLedger, type LedgerCheck } from './check-ledger';
export { checkOrgLedger } from './check-org-ledger';
export { getMyOrgBalance } from './get-my-org-balance';
export { listMyBalances, type MyBalance } from './list-my-balances';
export { listOrgBalances } from './list-org-balances';
export { notifyBalanceCrossings } from './notify-balance-crossings';
export { releaseHolds } from './release-holds';
