import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** An uploaded file by its key, with the content type judged at upload; not_found otherwise. */
export async function getUpload({ ctx, input }: ServiceCall<{ key: string }>) {
  const object = await ctx.config.UPLOADS.get(input.key);
  if (!object) throw new NotFoundError('upload');
  return {
    body: object.body,
    contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
    size: object.size,
  };
}
