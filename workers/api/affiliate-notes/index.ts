import { addAffiliateNoteRoute } from './add-affiliate-note';
import { addAffiliateTagRoute } from './add-affiliate-tag';
import { deleteAffiliateNoteRoute } from './delete-affiliate-note';
import { listAffiliateNotesRoute } from './list-affiliate-notes';
import { listAffiliateTagsRoute } from './list-affiliate-tags';
import { removeAffiliateTagRoute } from './remove-affiliate-tag';
import { mountRoutes } from '../mount-routes';

/** The advertiser team's notes and tags about its affiliates; never shown to the affiliate. */
export const affiliateNotesRoutes = mountRoutes([
  listAffiliateNotesRoute,
  addAffiliateNoteRoute,
  deleteAffiliateNoteRoute,
  listAffiliateTagsRoute,
  addAffiliateTagRoute,
  removeAffiliateTagRoute,
]);
