import { and, eq } from 'drizzle-orm';
import { enrollments, links, programs, type Link } from '../../../schema';
import type { ServiceCall } from '../../context';
import { constraintError, uniqueViolation } from '../../errors/constraint-error';
import { randomLinkSlug } from '../../domain/random-codes';
import { linkParams, type Utm } from '../../domain/tracking-links';
import { ConflictError, NotFoundError } from '../../errors/app-error';
import { publishRouting } from '../tracking';
import { affiliateScope } from '../access';
import { assertLandingAllowed, LINK_SLUG_TAKEN } from './find-my-link';
import { isEnrollmentActive } from '../../domain/enrollment-status';

export interface NewLink {
  enrollmentId: string;
  name: string;
  landingUrl?: string | undefined;
  utm?: Utm | undefined;
  params?: Record<string, string> | undefined;
  slug?: string | undefined;
  /** Makes it the creative's banner link (one per creative and enrollment), so clicks are counted per creative. */
  creativeId?: string | undefined;
}

const MAX_ATTEMPTS = 5;

/** A short link `/r/{slug}` for one of the affiliate's active enrollments with this advertiser. */
export async function createLink({ ctx, input }: ServiceCall<NewLink>): Promise<Link> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [owned] = await ctx.db
    .select({
      status: enrollments.status,
      programId: programs.id,
      landingUrl: programs.landingUrl,
      allowedDomains: programs.allowedDomains,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.id, input.enrollmentId),
        eq(enrollments.organizationId, organizationId),
        eq(enrollments.affiliateId, affiliateId),
      ),
    );
  if (!owned) throw new NotFoundError('enrollment', input.enrollmentId);
  if (!isEnrollmentActive(owned.status))
    throw new ConflictError(`Links need an active enrollment; this one is ${owned.status}`);
  const landingUrl = input.landingUrl ?? owned.landingUrl;
  assertLandingAllowed(landingUrl, owned.allowedDomains);
  const values = {
    enrollmentId: input.enrollmentId,
    organizationId,
    programId: owned.programId,
    affiliateId,
    name: input.name,
    landingUrl,
    params: linkParams(input.utm ?? {}, input.params ?? {}),
    creativeId: input.creativeId ?? null,
  };

  for (let attempt = 1; ; attempt++) {
    try {
      const [row] = await ctx.db
        .insert(links)
        .values({ ...values, slug: input.slug ?? randomLinkSlug() })
        .returning();
      await publishRouting({ ctx, input: { link: row!.id } });
      return row!;
    } catch (err) {
      // A generated slug that collides is simply drawn again; a chosen one is the caller's conflict.
      if (!input.slug && uniqueViolation(err) === 'links_slug_unique' && attempt < MAX_ATTEMPTS) continue;
      throw constraintError(err, LINK_SLUG_TAKEN) ?? err;
    }
  }
}
