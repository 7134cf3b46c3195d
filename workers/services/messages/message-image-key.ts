import { CREATIVE_IMAGE_TYPES, type CreativeImageType } from '../../domain/image-type';

/**
 * Message images live under `messages/<organization>/<affiliate>/<uuid>.<ext>`: the slashes keep them out of
 * the public GET /api/uploads/{key} (its key is one path segment of another shape), and the prefix names the
 * one thread whose parties may attach and read it.
 */
export const messageImageKey = (organizationId: string, affiliateId: string, type: CreativeImageType) =>
  `${threadPrefix(organizationId, affiliateId)}${crypto.randomUUID()}.${CREATIVE_IMAGE_TYPES[type]}`;

export const threadPrefix = (organizationId: string, affiliateId: string) =>
  `messages/${organizationId}/${affiliateId}/`;

const KEY = /^messages\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(png|jpg|gif|webp)$/;

/** Whether `key` is an image uploaded for this thread; another thread's key never is. */
export const isThreadImageKey = (organizationId: string, affiliateId: string, key: string) =>
  KEY.test(key) && key.startsWith(threadPrefix(organizationId, affiliateId));
