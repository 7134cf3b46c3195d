import type { ServiceCall } from '../../context';
import { creativeImageType } from '../../domain/image-type';
import { MAX_MESSAGE_IMAGE_BYTES } from '../../domain/message-rules';
import { AppError } from '../../errors/app-error';
import { messageImageKey } from './message-image-key';
import { threadParty } from './thread-party';

/**
 * Stores an image to attach to the caller's next message in the thread. Its type is judged by its bytes
 * (PNG, JPEG, GIF, WebP; never SVG, which can carry script). Not public: only the thread's parties read it.
 */
export async function uploadMessageImage({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; bytes: Uint8Array }>): Promise<{
  key: string;
  contentType: string;
  bytes: number;
}> {
  const party = await threadParty({ ctx, input: { affiliateId: input.affiliateId, write: true } });
  if (input.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty');
  if (input.bytes.length > MAX_MESSAGE_IMAGE_BYTES)
    throw new AppError('payload_too_large', `The file is larger than ${MAX_MESSAGE_IMAGE_BYTES} bytes`);
  const contentType = creativeImageType(input.bytes);
  if (!contentType) throw new AppError('unsupported_media_type', 'Attach a PNG, JPEG, GIF or WebP image');
  const key = messageImageKey(party.organizationId, party.affiliateId, contentType);
  await ctx.config.UPLOADS.put(key, input.bytes, { httpMetadata: { contentType } });
  return { key, contentType, bytes: input.bytes.length };
}
