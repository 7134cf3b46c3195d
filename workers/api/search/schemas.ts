import { z } from '@hono/zod-openapi';
import { SEARCH_HIT_KINDS, type SearchHit } from '../../services/search';

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('What to find: part of a name or email, the start of a slug, or a whole id, order id or event id'),
});

const optionalId = z.uuid().optional();

export const searchHit = z
  .object({
    kind: z.enum(SEARCH_HIT_KINDS),
    id: z.uuid(),
    label: z.string(),
    sublabel: z.string().nullable().describe('A second line that tells like-named hits apart'),
    params: z
      .object({
        orgId: z.uuid(),
        appId: optionalId,
        programId: optionalId,
        enrollmentId: optionalId,
        linkId: optionalId,
        conversionId: optionalId,
        clickId: optionalId,
        affiliateId: optionalId,
      })
      .describe("The ids of the hit's page, named as the dashboard's route params"),
  })
  .openapi('SearchHit');

export const searchResult = z.object({ items: z.array(searchHit) }).openapi('SearchResult');

export const searchResultView = (hits: SearchHit[]) => ({ items: hits });
