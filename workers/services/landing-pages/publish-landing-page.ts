import { eq } from 'drizzle-orm';
import { landingPages } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { landingDocument } from '../../domain/landing-document';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { checkLandingImages } from './check-landing-images';
import { findLandingPage } from './find-landing-page';
import { type LandingPageState, landingPageState } from './landing-page-state';
import { resolvePageTarget } from './resolve-page-target';

/**
 * Makes the saved draft the page visitors see, as a new published version. The draft is checked again (its
 * images may have been deleted since it was saved). Publishing what is already live changes nothing. Audited.
 */
export async function publishLandingPage({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId?: string | undefined }>): Promise<LandingPageState> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const target = await resolvePageTarget({ ctx: tx, input: { organizationId, ...input, lock: true } });
    const row = await findLandingPage({ ctx: tx, input: target });
    if (!row) throw new AppError('landing_page_no_draft', 'Save a draft of the page before publishing it');
    const state = landingPageState(target, row);
    if (!state.unpublishedChanges) return state;
    const document = landingDocument.parse(row.draft);
    await checkLandingImages({ ctx: tx, input: { organizationId, document } });
    const [published] = await tx.db
      .update(landingPages)
      .set({
        published: document,
        publishedVersion: row.publishedVersion + 1,
        publishedAt: tx.now,
        publishedById: actorId(tx),
        updatedAt: tx.now,
      })
      .where(eq(landingPages.id, row.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'program.landing_page_published',
        targetType: target.groupId ? 'program_group' : 'program',
        targetId: target.groupId ?? target.programId,
        before: row.published ? { version: row.publishedVersion, document: row.published } : null,
        after: { programId: target.programId, groupId: target.groupId, version: published!.publishedVersion, document },
      },
    });
    return landingPageState(target, published);
  });
}
