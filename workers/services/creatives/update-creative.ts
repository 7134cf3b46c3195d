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
import { purgeRenderedBanners } from './banner-cache';
import { assertTargetAllowed, findCreativeOrThrow } from './find-creative';
import { type BannerSize, checkedTemplate, templateSizes } from './template-fields';

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
  category?: string | null | undefined;
  /** Templates only: a new SVG, validated; renders anew. */
  template?: string | undefined;
  /** Templates only: the sizes it renders at, the first the main one. */
  sizes?: BannerSize[] | undefined;
}

/** The fields only one kind has; the others refuse them. */
const KIND_ONLY = {
  banner: ['imageUrl', 'imageKey', 'width', 'height'],
  text_link: ['body'],
  template: ['template', 'sizes'],
} as const satisfies Record<Creative['kind'], readonly (keyof CreativeChanges)[]>;

function assertKindFits(kind: Creative['kind'], changes: CreativeChanges): void {
  const wrongKind = Object.entries(KIND_ONLY)
    .filter(([other]) => other !== kind)
    .flatMap(([, fields]) => fields.filter((field) => changes[field] !== undefined));
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
  const { imageKey, template, sizes, ...rest } = input.changes;
  const uploaded =
    imageKey === undefined
      ? {}
      : { imageKey, imageUrl: await attachableImageUrl({ ctx, input: { organizationId, key: imageKey } }) };
  const result = await inTransaction(ctx, async (tx) => {
    const before = await findCreativeOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, creativeId: input.creativeId, lock: true },
    });
    assertKindFits(before.kind, input.changes);
    // A linked image replaces an uploaded one; the same URL sent back unchanged replaces nothing.
    const linked = rest.imageUrl !== undefined && rest.imageUrl !== before.imageUrl ? { imageKey: null } : {};
    const image = imageKey === undefined ? linked : uploaded;
    // A new SVG or new sizes render anew: the version names the cached renders, which are then purged.
    // The same SVG and sizes sent back (a form saving its other fields) change nothing.
    const newTemplate = template !== undefined && template !== before.template;
    const newSizes = sizes !== undefined && JSON.stringify(templateSizes(sizes).sizes) !== JSON.stringify(before.sizes);
    const artwork =
      newTemplate || newSizes
        ? {
            ...(newTemplate ? { template: checkedTemplate(template) } : {}),
            ...(newSizes ? templateSizes(sizes) : {}),
            templateVersion: before.templateVersion + 1,
          }
        : {};
    const changes = definedChanges({ ...rest, ...image, ...artwork });
    if (!changes) return { before, after: before };
    const program = await findProgramOrThrow({ ctx: tx, input: { organizationId, programId: input.programId } });
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
  if (result.before.imageKey !== result.after.imageKey)
    await deleteReleasedImage({ ctx, input: { key: result.before.imageKey } });
  if (result.before.templateVersion !== result.after.templateVersion)
    await purgeRenderedBanners({ ctx, input: { creativeId: result.after.id } });
  return result.after;
}
