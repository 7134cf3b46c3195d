import { RAIL_FACTS } from '../../../../domain/payout-rails';
import type { PayoutRail } from '../rail';
import { catalogCurrencies } from './catalog-currencies';
import { pollTremendousPart } from './poll-tremendous-part';
import { receiveTremendousWebhook } from './receive-tremendous-webhook';
import { requireTremendousAccount, resolveTremendousAccount } from '../../../tremendous-accounts';
import { sendTremendousPart } from './send-tremendous-part';
import { tremendousDestinations } from './tremendous-destinations';
import type { TremendousConfig } from '../../../../integrations/tremendous';

/** Gift cards through Tremendous: one order per item (external_id = the item id), delivered by email. */
export const tremendousRail: PayoutRail<TremendousConfig, Parameters<typeof receiveTremendousWebhook>[0]['input']> = {
  name: 'tremendous',
  facts: RAIL_FACTS.tremendous,
  resolveAccount: resolveTremendousAccount,
  requireAccount: requireTremendousAccount,
  offeredBy: async (call) => (await resolveTremendousAccount(call)) !== null,
  offeredCurrencies: catalogCurrencies,
  destinations: tremendousDestinations,
  sendPart: ({ ctx, input: { account, part, currency } }) =>
    sendTremendousPart({ ctx, input: { cfg: account, part, currency } }),
  pollableWhere: undefined,
  pollPart: ({ ctx, input: { account, part } }) => pollTremendousPart({ ctx, input: { cfg: account, part } }),
  receiveWebhook: receiveTremendousWebhook,
};

export { receiveTremendousWebhook, type TremendousWebhookResult } from './receive-tremendous-webhook';
export { resolveTremendousAccount } from '../../../tremendous-accounts';
export { listProducts, type TremendousConfig } from '../../../../integrations/tremendous';
