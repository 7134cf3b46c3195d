import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { type MyCampaignMessage, myCampaignMessages } from './my-campaign-messages';

/** The affiliate's campaign messages from the advertiser of its context, newest first (keyset pages). */
export function listMyCampaignMessages({
  ctx,
  input,
}: ServiceCall<{ limit: number; cursor?: string | undefined }>): Promise<MyCampaignMessage[]> {
  const { organizationId } = affiliateScope(ctx);
  return myCampaignMessages({
    ctx,
    input: { organizationIds: [organizationId], limit: input.limit + 1, cursor: input.cursor },
  });
}
