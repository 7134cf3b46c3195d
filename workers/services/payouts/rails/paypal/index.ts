import { sql } from 'drizzle-orm';
import { payoutBatchParts } from '../../../../../schema';
import { RAIL_FACTS } from '../../../../domain/payout-rails';
import type { PayPalConfig } from '../../../../integrations/paypal/paypal-config';
import { requirePaypalAccount, resolvePaypalAccount } from '../../../paypal-accounts';
import type { PayoutRail } from '../rail';
import { pollPaypalPart } from './poll-paypal-part';
import { receivePaypalWebhook } from './receive-paypal-webhook';
import { paypalDestinations } from './paypal-destinations';
import { sendPaypalPart } from './send-paypal-part';

/** PayPal Payouts: one create-payout call per part, items read back by the batch's PayPal id. */
export const paypalRail: PayoutRail<PayPalConfig, Parameters<typeof receivePaypalWebhook>[0]['input']> = {
  name: 'paypal',
  facts: RAIL_FACTS.paypal,
  resolveAccount: async (call) => (await resolvePaypalAccount(call))?.config ?? null,
  requireAccount: async (call) => (await requirePaypalAccount(call)).config,
  // Every advertiser offers PayPal (the default rail); approving a batch asks for its account.
  offeredBy: async () => true,
  destinations: paypalDestinations,
  sendPart: ({ ctx, input: { account, ...rest } }) => sendPaypalPart({ ctx, input: { cfg: account, ...rest } }),
  // A part PayPal never acknowledged has no batch to read back; the recovery cron re-sends it.
  pollableWhere: sql`${payoutBatchParts.paypalBatchId} IS NOT NULL`,
  pollPart: ({ ctx, input: { account, part } }) => pollPaypalPart({ ctx, input: { cfg: account, part } }),
  receiveWebhook: receivePaypalWebhook,
};

export { receivePaypalWebhook };
