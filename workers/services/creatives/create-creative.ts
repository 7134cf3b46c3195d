import { creatives, type Creative } from '../../../schema';
import type { CreativeKind } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';
import { actingAdvertiser } from '../access';
import { attachableImageUrl, IMAGE_KEY_UNIQUE } from './creative-image';
import { assertTargetAllowed } from './find-creative';

/** A banner shows a linked image (imageUrl) or one the tenant uploaded (imageKey, which wins). */
export type NewCreative =
  | {
      kind: Extract<CreativeKind, 'banner'>;
      name: string;
      imageUrl?: string | undefined;
      imageKey?: string | undefined;
      width: number;
      height: number;
      targetUrl?: string | null | undefined;
    }
  | { kind: Extract<CreativeKind, 'text_link'>; name: string; body: string; targetUrl?: string | null | undefined };

export async function createCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creative: NewCreative }>): Promise<Creative> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const { creative } = input;
  const image =
    creative.kind === 'banner' && creative.imageKey
      ? { imageKey: creative.imageKey, imageUrl: await attachableImageUrl(ctx, organizationId, creative.imageKey) }
      : {};
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow(tx.db, organizationId, input.programId);
    assertTargetAllowed(creative.targetUrl, program.allowedDomains);
    const [row] = await mapConstraintErrors(
      () =>
        tx.db
          .insert(creatives)
          .values({ ...creative, ...image, programId: input.programId, organizationId })
          .returning(),
      { [IMAGE_KEY_UNIQUE]: 'This uploaded image already belongs to another creative' },
    );
    await recordAudit({
      ctx: tx,
      input: { action: 'creative.created', targetType: 'creative', targetId: row!.id, after: row },
    });
    return row!;
  });
}
