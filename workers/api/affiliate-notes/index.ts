import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { addAffiliateNoteRoute } from './add-affiliate-note';
import { addAffiliateTagRoute } from './add-affiliate-tag';
import { deleteAffiliateNoteRoute } from './delete-affiliate-note';
import { listAffiliateNotesRoute } from './list-affiliate-notes';
import { listAffiliateTagsRoute } from './list-affiliate-tags';
import { removeAffiliateTagRoute } from './remove-affiliate-tag';

/** The advertiser team's notes and tags about its affiliates; never shown to the affiliate. */
export const affiliateNotesRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listAffiliateNotesRoute)
  .route('/', addAffiliateNoteRoute)
  .route('/', deleteAffiliateNoteRoute)
  .route('/', listAffiliateTagsRoute)
  .route('/', addAffiliateTagRoute)
  .route('/', removeAffiliateTagRoute);
