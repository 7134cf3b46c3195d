export type { ProgramAnnouncement } from '../../../schema';
export { type CreateAnnouncementInput, createAnnouncement } from './create-announcement';
export { deleteAnnouncement } from './delete-announcement';
export { listAnnouncements } from './list-announcements';

// Steps other areas take inside their own verbs.
export { listMyAnnouncements, type MyAnnouncement } from './list-my-announcements';
