import { CREATIVE_IMAGE_TYPES, type CreativeImageType } from './image-type';

/**
 * Uploaded files live in one R2 bucket under keys that name their owner: `<area>-<organization or edition id>-<kind>-<uuid>.<ext>`
 * (the shape GET /api/uploads/{key} accepts). A new key per upload: the served file is cached for a year.
 */
export const uploadKey = (area: 'brand' | 'creative' | 'edition', ownerId: string, kind: string, ext: string) =>
  `${area}-${ownerId}-${kind}-${crypto.randomUUID()}.${ext}`;

/** A new key for a banner image of the organization. */
export const creativeImageKey = (organizationId: string, type: CreativeImageType) =>
  uploadKey('creative', organizationId, 'image', CREATIVE_IMAGE_TYPES[type]);

const CREATIVE_IMAGE_KEY = /^creative-([0-9a-f-]{36})-image-[0-9a-f-]{36}\.(png|jpg|gif|webp)$/;

/** Whether `key` is a banner image uploaded by this organization; another tenant's key is never one. */
export function isCreativeImageKeyOf(organizationId: string, key: string): boolean {
  return CREATIVE_IMAGE_KEY.exec(key)?.[1] === organizationId;
}

/** Where an uploaded file is served. */
export const uploadUrl = (appBaseUrl: string, key: string) => new URL(`/api/uploads/${key}`, appBaseUrl).toString();
