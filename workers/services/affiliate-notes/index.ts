export { addAffiliateNote } from './add-affiliate-note';
export { addAffiliateTag, MAX_TAGS_PER_AFFILIATE } from './add-affiliate-tag';
export { deleteAffiliateNote } from './delete-affiliate-note';
export { type AffiliateNoteRow, listAffiliateNotes } from './list-affiliate-notes';
export { listAffiliateTags } from './list-affiliate-tags';
export { removeAffiliateTag } from './remove-affiliate-tag';
