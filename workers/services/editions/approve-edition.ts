import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import type { AdvertiserEdition } from './edition-views';
import { getEdition } from './get-edition';
import { moveEdition } from './move-edition';

/** The advertiser approves a submitted edition: it resolves at once. Audited; the affiliate is told. */
export async function approveEdition({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<AdvertiserEdition> {
  const { organizationId } = actingAdvertiser(ctx);
  await moveEdition({ ctx, input: { editionId: input.editionId, scope: { organizationId }, action: 'approve' } });
  return getEdition({ ctx, input });
}
