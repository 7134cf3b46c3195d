import { creatives, type Creative } from '../../../schema';
import type { CreativeKind } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';
import { actingAdvertiser } from '../access';
import { attachableImageUrl, IMAGE_KEY_UNIQUE } from './creative-image';
import { assertTargetAllowed } from './find-creative';
import { type BannerSize, checkedTemplate, templateSizes } from './template-fields';

interface Common {
  name: string;
  targetUrl?: string | null | undefined;
  category?: string | null | undefined;
}

/**
 * A banner shows a linked image (imageUrl) or one the tenant uploaded (imageKey, which wins); a template is an
 * SVG rendered per affiliate at each of its sizes.
 */
export type NewCreative =
  | (Common & {
      kind: Extract<CreativeKind, 'banner'>;
      imageUrl?: string | undefined;
      imageKey?: string | undefined;
      width: number;
      height: number;
    })
  | (Common & { kind: Extract<CreativeKind, 'text_link'>; body: string })
  | (Common & { kind: Extract<CreativeKind, 'template'>; template: string; sizes: BannerSize[] });

function columns(creative: NewCreative) {
  if (creative.kind !== 'template') return creative;
  return { ...creative, template: checkedTemplate(creative.template), ...templateSizes(creative.sizes) };
}

export async function createCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creative: NewCreative }>): Promise<Creative> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const { creative } = input;
  const image =
    creative.kind === 'banner' && creative.imageKey
      ? {
          imageKey: creative.imageKey,
          imageUrl: await attachableImageUrl({ ctx, input: { organizationId, key: creative.imageKey } }),
        }
      : {};
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow({ ctx: tx, input: { organizationId, programId: input.programId } });
    assertTargetAllowed(creative.targetUrl, program.allowedDomains);
    const [row] = await mapConstraintErrors(
      () =>
        tx.db
          .insert(creatives)
          .values({ ...columns(creative), ...image, programId: input.programId, organizationId })
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
