import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { checkLedger, type LedgerCheck } from './check-ledger';

/** The ledger check of the caller's organization only: its lines, balances and payout items. */
export function checkOrgLedger({ ctx }: ServiceCall<undefined>): Promise<LedgerCheck> {
  return checkLedger({ ctx, input: { organizationId: actingAdvertiser(ctx).organizationId } });
}
