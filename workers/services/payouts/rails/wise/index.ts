import { RAIL_FACTS } from '../../../../domain/payout-rails';
import type { WiseConfig } from '../../../../integrations/wise';
import type { PayoutRail } from '../rail';
import { pollWisePart } from './poll-wise-part';
import { receiveWiseWebhook } from './receive-wise-webhook';
import { requireWiseAccount, resolveWiseAccount } from '../../../wise-accounts';
import { sendWisePart } from './send-wise-part';
import { wiseCurrencies } from './wise-currencies';
import { wiseDestinations } from './wise-destinations';

/** Wise bank transfers: one quote, transfer (customerTransactionId = the item id) and balance funding per item. */
export const wiseRail: PayoutRail<WiseConfig, Parameters<typeof receiveWiseWebhook>[0]['input']> = {
  name: 'wise',
  facts: RAIL_FACTS.wise,
  resolveAccount: resolveWiseAccount,
  requireAccount: requireWiseAccount,
  offeredBy: async (call) => (await resolveWiseAccount(call)) !== null,
  offeredCurrencies: wiseCurrencies,
  destinations: wiseDestinations,
  sendPart: ({ ctx, input: { account, part, currency } }) =>
    sendWisePart({ ctx, input: { cfg: account, part, currency } }),
  pollableWhere: undefined,
  pollPart: ({ ctx, input: { account, part } }) => pollWisePart({ ctx, input: { cfg: account, part } }),
  receiveWebhook: receiveWiseWebhook,
};

export { receiveWiseWebhook, type WiseWebhookResult } from './receive-wise-webhook';
export { getMyWiseRecipient, type SaveWiseRecipientInput, saveWiseRecipient } from './save-wise-recipient';
export { getWiseRequirements } from './wise-requirements';
export { quoteWiseFee } from './quote-wise-fee';
export { quoteWiseBatch } from './quote-wise-batch';
