export { useOrgLedger } from './queries/org-ledger';
export type { LedgerCheck } from './queries/org-ledger';
