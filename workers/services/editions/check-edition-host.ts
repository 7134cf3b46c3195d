import type { EditionDomainKind } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { findOfferOrThrow } from './find-offer';
import { findEditionRowOrThrow } from './find-my-edition-row';
import { judgeEdition } from './judge-edition';

export interface EditionHostCheck {
  host: string | null;
  available: boolean;
  /** For a lookalike: which field and the brand (or other edition's name) it resembles. */
  issue: { code: string; message: string; field?: 'name' | 'host'; resembles?: string } | null;
}

/** The wizard's live feedback on a host (and name): valid, free, no lookalike; nothing is reserved by asking. */
export async function checkEditionHost({
  ctx,
  input,
}: ServiceCall<{
  appId: string;
  host: string;
  domainKind: EditionDomainKind;
  name?: string | undefined;
  editionId?: string | undefined;
}>): Promise<EditionHostCheck> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const settings = await findOfferOrThrow({ ctx, input: { organizationId: organizationId, appId: input.appId } });
  // Only the affiliate's own edition's host counts as free for it.
  if (input.editionId)
    await findEditionRowOrThrow({ ctx, input: { scope: { organizationId, affiliateId }, editionId: input.editionId } });
  const verdict = await judgeEdition({
    ctx,
    input: {
      settings,
      affiliateId,
      name: input.name ?? null,
      domainKind: input.domainKind,
      host: input.host,
      editionId: input.editionId,
    },
  });
  return {
    host: verdict.host,
    available: verdict.issue === null,
    issue: verdict.issue
      ? { code: verdict.issue.code, message: verdict.issue.message, ...lookalikeOf(verdict.issue.details) }
      : null,
  };
}

function lookalikeOf(details: Record<string, unknown> | undefined): { field?: 'name' | 'host'; resembles?: string } {
  const field = details?.field;
  return (field === 'name' || field === 'host') && typeof details?.resembles === 'string'
    ? { field, resembles: details.resembles }
    : {};
}
