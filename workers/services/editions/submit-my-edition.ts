import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import type { MyEdition } from './edition-views';
import { activeEnrollmentOrThrow, findOfferOrThrow } from './find-offer';
import { findEditionRowOrThrow } from './find-my-edition-row';
import { getMyEdition } from './get-my-edition';
import { judgeEdition } from './judge-edition';
import { moveEdition } from './move-edition';

/**
 * The affiliate submits a draft (or a rejected edition again): the offer must still be on, the enrollment
 * active, and name and host still pass (another edition may have taken a like name since). It waits for the
 * advertiser, or goes live at once when the app needs no approval; the advertiser's staff are told.
 */
export async function submitMyEdition({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<MyEdition> {
  const scope = affiliateScope(ctx);
  const edition = await findEditionRowOrThrow(ctx.db, scope, input.editionId);
  const settings = await findOfferOrThrow(ctx.db, scope.organizationId, edition.appId);
  await activeEnrollmentOrThrow(ctx.db, settings, scope.affiliateId);
  const verdict = await judgeEdition(ctx, {
    settings,
    affiliateId: scope.affiliateId,
    name: edition.name,
    domainKind: edition.domainKind,
    host: edition.host,
    editionId: edition.id,
  });
  if (verdict.issue) throw new AppError(verdict.issue.code, verdict.issue.message, verdict.issue.details);
  await moveEdition({ ctx, input: { editionId: edition.id, scope, action: 'submit' } });
  return getMyEdition({ ctx, input });
}
