import { eq } from 'drizzle-orm';
import { organizations } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { BRAND_IMAGE_TYPES, brandImageType, MAX_BRAND_IMAGE_BYTES } from '../../domain/image-type';
import { uploadKey, uploadUrl } from '../../domain/upload-key';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { actingAdvertiser } from '../access';

export type BrandImageKind = 'logo' | 'favicon';

const FIELD = { logo: 'logoUrl', favicon: 'faviconUrl' } as const;

/**
 * Stores the tenant's logo or favicon in R2 and points its branding at it. The type is judged by the
 * file's magic bytes (PNG, JPEG, WebP, ICO; never SVG), not by what the request claimed. Audited.
 */
export async function uploadBrandImage({
  ctx,
  input,
}: ServiceCall<{ kind: BrandImageKind; bytes: Uint8Array }>): Promise<{ url: string; contentType: string }> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await assertPlanAllows({ ctx, input: { organizationId, limit: 'whiteLabel' } });
  if (input.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty');
  if (input.bytes.length > MAX_BRAND_IMAGE_BYTES)
    throw new AppError('payload_too_large', `The file is larger than ${MAX_BRAND_IMAGE_BYTES} bytes`);
  const contentType = brandImageType(input.bytes);
  if (!contentType) throw new AppError('unsupported_media_type', 'Upload a PNG, JPEG, WebP or ICO image');
  // A new key per upload: the served file is cached for a year, so a replaced logo must change URL.
  const key = uploadKey('brand', organizationId, input.kind, BRAND_IMAGE_TYPES[contentType]);
  await ctx.config.UPLOADS.put(key, input.bytes, { httpMetadata: { contentType } });
  const url = uploadUrl(ctx.config.APP_BASE_URL, key);
  await inTransaction(ctx, async (tx) => {
    const [current] = await tx.db
      .select({ branding: organizations.branding })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for('update');
    if (!current) throw new NotFoundError('organization');
    const branding = { ...current.branding, [FIELD[input.kind]]: url };
    await tx.db.update(organizations).set({ branding }).where(eq(organizations.id, organizationId));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'organization.brand_image_uploaded',
        targetType: 'organization',
        targetId: organizationId,
        before: { [FIELD[input.kind]]: current.branding[FIELD[input.kind]] ?? null },
        after: { [FIELD[input.kind]]: url, contentType, bytes: input.bytes.length },
      },
    });
  });
  return { url, contentType };
}
