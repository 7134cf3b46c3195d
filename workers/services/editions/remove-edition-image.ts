import { inTransaction, type ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { applyEditionChange } from './apply-edition-change';
import { notifyEditionChange } from './edition-notifications';
import type { MyEdition } from './edition-views';
import { findOfferOrThrow } from './find-offer';
import { findEditionRowOrThrow } from './find-my-edition-row';
import { getMyEdition } from './get-my-edition';
import type { EditionImageKind } from './upload-edition-image';

/**
 * Removes an edition's logo or favicon: the partner app shows the app's own again. It asks no new approval
 * (nothing of the affiliate's is added); a live or suspended edition's removal is audited and told like any change.
 * Removing an image the edition does not have changes nothing.
 */
export async function removeEditionImage({
  ctx,
  input,
}: ServiceCall<{ editionId: string; kind: EditionImageKind }>): Promise<MyEdition> {
  const scope = affiliateScope(ctx);
  const edition = await findEditionRowOrThrow({ ctx, input: { scope, editionId: input.editionId } });
  const settings = await findOfferOrThrow({
    ctx,
    input: { organizationId: scope.organizationId, appId: edition.appId },
  });
  const column = input.kind === 'logo' ? 'logoUrl' : 'faviconUrl';
  const changed = await inTransaction(ctx, async (tx) => {
    const locked = await findEditionRowOrThrow({ ctx: tx, input: { scope, editionId: edition.id, lock: true } });
    if (locked[column] === null) return null;
    return applyEditionChange({
      ctx: tx,
      input: { locked, set: { [column]: null }, kind: 'look', requiresApproval: settings.requiresApproval },
    });
  });
  if (changed?.announce)
    await notifyEditionChange({ ctx, input: { edition: changed.after, change: 'changed', reason: null } });
  return getMyEdition({ ctx, input: { editionId: edition.id } });
}
