import { sql } from 'drizzle-orm';
import { RAIL_FACTS } from '../../../../domain/payout-rails';
import type { PayoutRail } from '../rail';
import { externalDestinations } from './external-destinations';
import { externalPayoutsOffered } from './external-payouts-offered';
import { requestExternalPart } from './request-external-part';
import { type ExternalResultInput, settleExternalPayoutItem } from './settle-external-payout-item';

/** The advertiser's own account: it pays from its own system, so there is nothing of ours to resolve. */
const OWN_SYSTEM = { ownSystem: true } as const;

/**
 * External payouts: the advertiser pays each item in its own system after a signed
 * `payout.external_requested` event, and confirms or fails it through the API or the finance page.
 */
export const externalRail: PayoutRail<typeof OWN_SYSTEM, ExternalResultInput> = {
  name: 'external',
  facts: RAIL_FACTS.external,
  resolveAccount: async () => OWN_SYSTEM,
  requireAccount: async () => OWN_SYSTEM,
  offeredBy: externalPayoutsOffered,
  destinations: externalDestinations,
  sendPart: ({ ctx, input: { part, currency, organizationId } }) =>
    requestExternalPart({ ctx, input: { part, currency, organizationId } }),
  // Nothing to read back from a provider: the advertiser's confirmations settle the items.
  pollableWhere: sql`false`,
  pollPart: async () => 0,
  receiveWebhook: settleExternalPayoutItem,
};

export { settleExternalPayoutItem, type ExternalResultInput };
