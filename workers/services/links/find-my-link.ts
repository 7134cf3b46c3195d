import { and, eq } from 'drizzle-orm';
import { links, type Link } from '../../../schema';
import type { ServiceCall } from '../../context';
import { landingUrlIssue } from '../../domain/program-rules';
import { NotFoundError, ValidationError } from '../../errors/app-error';
import { affiliateScope } from '../access';

/** One of the signed-in affiliate's links with the current advertiser; not_found for anyone else's. */
export async function findMyLinkOrThrow({
  ctx,
  input: { linkId, lock = false },
}: ServiceCall<{ linkId: string; lock?: boolean }>): Promise<Link> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const query = ctx.db
    .select()
    .from(links)
    .where(and(eq(links.id, linkId), eq(links.organizationId, organizationId), eq(links.affiliateId, affiliateId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('link', linkId);
  return row;
}

export function assertLandingAllowed(landingUrl: string, allowedDomains: readonly string[]): void {
  const issue = landingUrlIssue(landingUrl, allowedDomains);
  if (issue)
    throw new ValidationError('The request is not valid', [
      { path: 'landingUrl', message: `The landing URL ${issue}` },
    ]);
}

export const LINK_SLUG_TAKEN = { links_slug_unique: 'That slug is taken; choose another' };
