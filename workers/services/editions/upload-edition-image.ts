import { inTransaction, type ServiceCall } from '../../context';
import { isEditionEditable } from '../../domain/edition-status';
import { BRAND_IMAGE_TYPES, brandImageType, MAX_BRAND_IMAGE_BYTES } from '../../domain/image-type';
import { uploadKey, uploadUrl } from '../../domain/upload-key';
import { AppError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import { applyEditionChange } from './apply-edition-change';
import { assertBrandField } from './brand-fields';
import { notifyEditionChange } from './edition-notifications';
import { findOfferOrThrow } from './find-offer';
import { findEditionRowOrThrow } from './find-my-edition-row';

export type EditionImageKind = 'logo' | 'favicon';

/**
 * Stores an edition's logo or favicon with the checks of advertisers' brand uploads: judged by the file's
 * own bytes (PNG, JPEG, WebP, ICO; never SVG), at most 512 KB, a new key per upload (served files are cached
 * for a year). Only while the edition may be changed, and only when the app lets editions set it; a new image
 * of a live edition goes back to the advertiser when the app needs approval (applyEditionChange).
 */
export async function uploadEditionImage({
  ctx,
  input,
}: ServiceCall<{ editionId: string; kind: EditionImageKind; bytes: Uint8Array }>): Promise<{
  url: string;
  contentType: string;
}> {
  const scope = affiliateScope(ctx);
  const edition = await findEditionRowOrThrow({ ctx, input: { scope: scope, editionId: input.editionId } });
  if (!isEditionEditable(edition.status))
    throw new AppError('edition_status_conflict', `A ${edition.status} edition cannot be changed`, {
      status: edition.status,
    });
  const settings = await findOfferOrThrow({
    ctx,
    input: { organizationId: scope.organizationId, appId: edition.appId },
  });
  assertBrandField(settings, input.kind, true);
  if (input.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty');
  if (input.bytes.length > MAX_BRAND_IMAGE_BYTES)
    throw new AppError('payload_too_large', `The file is larger than ${MAX_BRAND_IMAGE_BYTES} bytes`);
  const contentType = brandImageType(input.bytes);
  if (!contentType) throw new AppError('unsupported_media_type', 'Upload a PNG, JPEG, WebP or ICO image');
  const key = uploadKey('edition', edition.id, input.kind, BRAND_IMAGE_TYPES[contentType]);
  await ctx.config.UPLOADS.put(key, input.bytes, { httpMetadata: { contentType } });
  const url = uploadUrl(ctx.config.APP_BASE_URL, key);
  const changed = await inTransaction(ctx, async (tx) => {
    const locked = await findEditionRowOrThrow({ ctx: tx, input: { scope: scope, editionId: edition.id, lock: true } });
    return applyEditionChange({
      ctx: tx,
      input: {
        locked,
        set: input.kind === 'logo' ? { logoUrl: url } : { faviconUrl: url },
        kind: 'identity',
        requiresApproval: settings.requiresApproval,
      },
    });
  });
  if (changed.announce)
    await notifyEditionChange({ ctx, input: { edition: changed.after, change: 'changed', reason: null } });
  return { url, contentType };
}
