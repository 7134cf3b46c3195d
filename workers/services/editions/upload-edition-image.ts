import { eq } from 'drizzle-orm';
import { editions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isEditionEditable } from '../../domain/edition-status';
import { BRAND_IMAGE_TYPES, brandImageType, MAX_BRAND_IMAGE_BYTES } from '../../domain/image-type';
import { uploadKey, uploadUrl } from '../../domain/upload-key';
import { AppError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import { assertBrandField } from './brand-fields';
import { findOfferOrThrow } from './find-offer';
import { findEditionRowOrThrow } from './find-my-edition-row';

export type EditionImageKind = 'logo' | 'favicon';

/**
 * Stores an edition's logo or favicon with the checks of advertisers' brand uploads: judged by the file's
 * own bytes (PNG, JPEG, WebP, ICO; never SVG), at most 512 KB, a new key per upload (served files are cached
 * for a year). Only while the edition may be changed, and only when the app lets editions set it.
 */
export async function uploadEditionImage({
  ctx,
  input,
}: ServiceCall<{ editionId: string; kind: EditionImageKind; bytes: Uint8Array }>): Promise<{
  url: string;
  contentType: string;
}> {
  const scope = affiliateScope(ctx);
  const edition = await findEditionRowOrThrow(ctx.db, scope, input.editionId);
  if (!isEditionEditable(edition.status))
    throw new AppError('edition_status_conflict', `A ${edition.status} edition cannot be changed`, {
      status: edition.status,
    });
  assertBrandField(await findOfferOrThrow(ctx.db, scope.organizationId, edition.appId), input.kind, true);
  if (input.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty');
  if (input.bytes.length > MAX_BRAND_IMAGE_BYTES)
    throw new AppError('payload_too_large', `The file is larger than ${MAX_BRAND_IMAGE_BYTES} bytes`);
  const contentType = brandImageType(input.bytes);
  if (!contentType) throw new AppError('unsupported_media_type', 'Upload a PNG, JPEG, WebP or ICO image');
  const key = uploadKey('edition', edition.id, input.kind, BRAND_IMAGE_TYPES[contentType]);
  await ctx.config.UPLOADS.put(key, input.bytes, { httpMetadata: { contentType } });
  const url = uploadUrl(ctx.config.APP_BASE_URL, key);
  await inTransaction(ctx, async (tx) => {
    const locked = await findEditionRowOrThrow(tx.db, scope, edition.id, true);
    await tx.db
      .update(editions)
      .set({ [input.kind === 'logo' ? 'logoUrl' : 'faviconUrl']: url, version: locked.version + 1 })
      .where(eq(editions.id, locked.id));
  });
  return { url, contentType };
}
