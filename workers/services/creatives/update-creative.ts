import { eq } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';
import { definedChanges } from '../defined-changes';
import { actingAdvertiser } from '../access';
import { attachableImageUrl, deleteReleasedImage, IMAGE_KEY_UNIQUE } from './creative-image';
import { assertTargetAllowed, findCreativeOrThrow } from './find-creative';

export interface CreativeChanges {
  name?: string | undefined;
  /** A linked image; replaces an uploaded one. */
  imageUrl?: string | undefined;
  /** An image the tenant uploaded; replaces the current image. */
  imageKey?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  body?: string | undefined;
  targetUrl?: string | null | undefined;
}

const BANNER_ONLY = ['imageUrl', 'imageKey', 'width', 'height'] as const;

function assertKindFits(kind: Creative['kind'], changes: CreativeChanges): void {
  const wrongKind =
    kind === 'banner'
      ? changes.body !== undefined
        ? ['body']
        : []
      : BANNER_ONLY.filter((field) => changes[field] !== undefined);
  if (wrongKind.length > 0) {
    throw new ValidationError(
      'The request is not valid',
      wrongKind.map((path) => ({ path, message: `A ${kind} has no ${path}` })),
    );
  }
}

/**
 * Changes a creative within its kind. A new image (linked or uploaded) releases the uploaded one it replaces,
 * which is deleted from R2 after the change is committed. Audited.
 */
export async function updateCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string; changes: CreativeChanges }>): Promise<Creative> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const { imageKey, ...rest } = input.changes;
  const uploaded =
    imageKey === undefined ? {} : { imageKey, imageUrl: await attachableImageUrl(ctx, organizationId, imageKey) };
  const result = await inTransaction(ctx, async (tx) => {
    const before = await findCreativeOrThrow(tx.db, organizationId, input.programId, input.creativeId, true);
    assertKindFits(before.kind, input.changes);
    // A linked image replaces an uploaded one; the same URL sent back unchanged replaces nothing.
    const linked = rest.imageUrl !== undefined && rest.imageUrl !== before.imageUrl ? { imageKey: null } : {};
    const image = imageKey === undefined ? linked : uploaded;
    const changes = definedChanges({ ...rest, ...image });
    if (!changes) return { before, after: before };
    const program = await findProgramOrThrow(tx.db, organizationId, input.programId);
    assertTargetAllowed(changes.targetUrl, program.allowedDomains);
    const [after] = await mapConstraintErrors(
      () => tx.db.update(creatives).set(changes).where(eq(creatives.id, before.id)).returning(),
      { [IMAGE_KEY_UNIQUE]: 'This uploaded image already belongs to another creative' },
    );
    await recordAudit({
      ctx: tx,
      input: { action: 'creative.updated', targetType: 'creative', targetId: before.id, before, after },
    });
    return { before, after: after! };
  });
  if (result.before.imageKey !== result.after.imageKey) await deleteReleasedImage(ctx, result.before.imageKey);
  return result.after;
}
