import type { ServiceCall } from '../../../../context';
import { railPaysCurrency } from '../../../../domain/payout-rails';
import { AppError } from '../../../../errors/app-error';
import {
  getAccountRequirements,
  refreshAccountRequirements,
  type WiseApiError,
  type WiseRequirementType,
} from '../../../../integrations/wise';
import { affiliateScope } from '../../../access';
import { callWise } from './call-wise';
import { requireWiseAccount } from '../../../wise-accounts';

/**
 * The bank details Wise needs to pay the signed-in affiliate in `currency`, asked of Wise (GET
 * /v1/account-requirements; with `recipient`, the POST refresh after a field marked refreshRequirementsOnChange
 * changed). No way to pay that currency: 400 rail_currency_unsupported, so no list of ours decides it.
 */
export async function getWiseRequirements({
  ctx,
  input,
}: ServiceCall<{
  currency: string;
  recipient?: { type: string; accountHolderName?: string; details: Record<string, unknown> } | undefined;
}>): Promise<WiseRequirementType[]> {
  const { organizationId } = affiliateScope(ctx);
  const cfg = await requireWiseAccount({ ctx, input: { organizationId } });
  const unsupported = () =>
    new AppError('rail_currency_unsupported', `Wise does not pay bank accounts in ${input.currency}`, {
      rail: 'wise',
      currency: input.currency,
    });
  if (!railPaysCurrency('wise', input.currency)) throw unsupported();
  // The route's requirements depend on the target currency; the affiliate's own currency stands in as source.
  const route = { source: input.currency, target: input.currency, sourceAmount: 100 };
  const types = await callWise(() =>
    input.recipient ? refreshAccountRequirements(cfg, route, input.recipient) : getAccountRequirements(cfg, route),
  );
  if (types.length === 0) throw unsupported();
  return types;
}

export type { WiseApiError };
