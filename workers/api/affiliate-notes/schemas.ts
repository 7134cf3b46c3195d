import { z } from '@hono/zod-openapi';
import { id, idParam, orgParams, timestamp } from '../shared/schemas';

export const affiliateParams = orgParams.extend({ affiliateId: idParam('affiliateId') });
export const noteParams = affiliateParams.extend({ noteId: idParam('noteId') });
export const tagParams = affiliateParams.extend({ tagId: idParam('tagId') });

export const addNoteBody = z
  .strictObject({ body: z.string().trim().min(1).max(5_000).describe('Plain text, seen by your team only') })
  .openapi('AddAffiliateNote');

export const addTagBody = z
  .strictObject({
    tag: z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(40)
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, 'Letters, digits, spaces, _ . -; starting with a letter or digit')
      .describe('Stored lower-cased, so VIP and vip are one tag'),
  })
  .openapi('AddAffiliateTag');

export const affiliateNote = z
  .object({
    id,
    body: z.string(),
    createdAt: timestamp,
    author: z
      .object({ id, name: z.string().describe('First and last name, else the email') })
      .nullable()
      .describe('The member who wrote it; null once that account is gone'),
  })
  .openapi('AffiliateNote');

export const affiliateNoteList = z.object({ items: z.array(affiliateNote) }).openapi('AffiliateNoteList');

export const affiliateTag = z.object({ id, tag: z.string() }).openapi('AffiliateTag');
export const affiliateTagList = z.object({ items: z.array(affiliateTag) }).openapi('AffiliateTagList');
