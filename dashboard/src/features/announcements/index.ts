export { AnnouncementsPanel } from './announcements-panel';
