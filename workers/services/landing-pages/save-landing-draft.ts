import { eq } from 'drizzle-orm';
import { landingPages } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import type { LandingDocument } from '../../domain/landing-document';
import { actingAdvertiser } from '../access';
import { checkLandingImages } from './check-landing-images';
import { findLandingPage } from './find-landing-page';
import { type LandingPageState, landingPageState } from './landing-page-state';
import { resolvePageTarget } from './resolve-page-target';

/**
 * Saves the editor's document as the page's draft: visitors keep seeing the published one until it is
 * published. Not audited: a draft changes nothing anyone else sees; publishing is.
 */
export async function saveLandingDraft({
  ctx,
  input,
}: ServiceCall<{
  programId: string;
  groupId?: string | undefined;
  document: LandingDocument;
}>): Promise<LandingPageState> {
  const { organizationId } = actingAdvertiser(ctx);
  await checkLandingImages({ ctx, input: { organizationId, document: input.document } });
  return inTransaction(ctx, async (tx) => {
    const target = await resolvePageTarget({
      ctx: tx,
      input: { organizationId, programId: input.programId, groupId: input.groupId, lock: true },
    });
    const before = await findLandingPage({ ctx: tx, input: target });
    const [row] = before
      ? await tx.db
          .update(landingPages)
          .set({ draft: input.document, updatedAt: tx.now })
          .where(eq(landingPages.id, before.id))
          .returning()
      : await tx.db
          .insert(landingPages)
          .values({ organizationId, ...target, draft: input.document, createdAt: tx.now, updatedAt: tx.now })
          .returning();
    return landingPageState(target, row);
  });
}
