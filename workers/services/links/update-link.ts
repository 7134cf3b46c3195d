import { eq } from 'drizzle-orm';
import { links, programs, type Link } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { linkParams, splitLinkParams, type Utm } from '../../domain/tracking-links';
import { publishRouting } from '../tracking';
import { assertLandingAllowed, findMyLinkOrThrow, LINK_SLUG_TAKEN } from './find-my-link';

export interface LinkChanges {
  name?: string | undefined;
  landingUrl?: string | undefined;
  utm?: Utm | undefined;
  params?: Record<string, string> | undefined;
  slug?: string | undefined;
}

/** Renames, re-targets or re-slugs a link; the old slug stops resolving at the edge. */
export async function updateLink({ ctx, input }: ServiceCall<{ linkId: string; changes: LinkChanges }>): Promise<Link> {
  const { before, after } = await mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const before = await findMyLinkOrThrow({ ctx: tx, input: { linkId: input.linkId, lock: true } });
        const landingUrl = input.changes.landingUrl ?? before.landingUrl;
        if (input.changes.landingUrl) {
          const [program] = await tx.db
            .select({ allowedDomains: programs.allowedDomains })
            .from(programs)
            .where(eq(programs.id, before.programId));
          assertLandingAllowed(landingUrl, program?.allowedDomains ?? []);
        }
        const current = splitLinkParams(before.params);
        const params = linkParams(input.changes.utm ?? current.utm, input.changes.params ?? current.custom);
        const [after] = await tx.db
          .update(links)
          .set({ name: input.changes.name ?? before.name, landingUrl, params, slug: input.changes.slug ?? before.slug })
          .where(eq(links.id, before.id))
          .returning();
        return { before, after: after! };
      }),
    LINK_SLUG_TAKEN,
  );
  await publishRouting({ ctx, input: { link: after.id, previousSlug: before.slug } });
  return after;
}
