import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import type { AdvertiserEdition } from './edition-views';
import { getEdition } from './get-edition';
import { moveEdition } from './move-edition';

/** The advertiser rejects a submitted edition with the reason the affiliate sees; it may be edited and submitted again. Audited. */
export async function rejectEdition({
  ctx,
  input,
}: ServiceCall<{ editionId: string; reason: string }>): Promise<AdvertiserEdition> {
  const { organizationId } = actingAdvertiser(ctx);
  await moveEdition({
    ctx,
    input: { editionId: input.editionId, scope: { organizationId }, action: 'reject', reason: input.reason },
  });
  return getEdition({ ctx, input: { editionId: input.editionId } });
}
