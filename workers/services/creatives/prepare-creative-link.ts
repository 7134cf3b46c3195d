import { and, eq } from 'drizzle-orm';
import { creatives, links, type Creative, type Link } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { NotFoundError } from '../../errors/app-error';
import { uniqueViolation } from '../../errors/constraint-error';
import { findMyEnrollmentOrThrow } from '../enrollments';
import { createLink } from '../links';

const CREATIVE_LINK_UNIQUE = 'links_creative_id_enrollment_id_unique';

/**
 * The signed-in affiliate's own short link for one creative of a program it is active in, made on first use:
 * the link rollup then counts the creative's clicks, and a template renders with this link. Not found for a
 * creative of another program or advertiser, or before the enrollment is active.
 */
export async function prepareCreativeLink({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string }>): Promise<{ creative: Creative; link: Link }> {
  const enrollment = await findMyEnrollmentOrThrow({ ctx, input: { programId: input.programId } });
  if (!isEnrollmentActive(enrollment.status)) throw new NotFoundError('creative', input.creativeId);
  const [creative] = await ctx.db
    .select()
    .from(creatives)
    .where(
      and(
        eq(creatives.id, input.creativeId),
        eq(creatives.programId, enrollment.programId),
        eq(creatives.organizationId, enrollment.organizationId),
      ),
    );
  if (!creative) throw new NotFoundError('creative', input.creativeId);
  const existing = async () =>
    (
      await ctx.db
        .select()
        .from(links)
        .where(and(eq(links.creativeId, creative.id), eq(links.enrollmentId, enrollment.id)))
    )[0];
  const found = await existing();
  if (found) return { creative, link: found };
  try {
    const link = await createLink({
      ctx,
      input: {
        enrollmentId: enrollment.id,
        name: creative.name,
        landingUrl: creative.targetUrl ?? undefined,
        creativeId: creative.id,
      },
    });
    return { creative, link };
  } catch (err) {
    // Two tabs took the creative at once: the other request's link is the one.
    const raced = uniqueViolation(err) === CREATIVE_LINK_UNIQUE ? await existing() : undefined;
    if (raced) return { creative, link: raced };
    throw err;
  }
}
