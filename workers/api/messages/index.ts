import { countMyUnreadMessagesRoute } from './count-my-unread-messages';
import { countOrgUnreadMessagesRoute } from './count-org-unread-messages';
import { deleteMyMessageRoute } from './delete-my-message';
import { deleteThreadMessageRoute } from './delete-thread-message';
import { editMyMessageRoute } from './edit-my-message';
import { editThreadMessageRoute } from './edit-thread-message';
import { getMyMessageImageRoute } from './get-my-message-image';
import { getThreadImageRoute } from './get-thread-image';
import { grantSupportAccessRoute } from './grant-support-access';
import { listMessageThreadsRoute } from './list-message-threads';
import { listMyMessagesRoute } from './list-my-messages';
import { listSupportAccessRoute } from './list-support-access';
import { listThreadMessagesRoute } from './list-thread-messages';
import { markMyMessagesReadRoute } from './mark-my-messages-read';
import { markThreadReadRoute } from './mark-thread-read';
import { revokeSupportAccessRoute } from './revoke-support-access';
import { sendMyMessageRoute } from './send-my-message';
import { sendThreadMessageRoute } from './send-thread-message';
import { uploadMyMessageImageRoute } from './upload-my-message-image';
import { uploadThreadImageRoute } from './upload-thread-image';
import { mountRoutes } from '../mount-routes';

/** Messages: one thread per advertiser and affiliate, both sides write; support access by the owner's grant. */
export const messagesRoutes = mountRoutes([
  listMessageThreadsRoute,
  countOrgUnreadMessagesRoute,
  listThreadMessagesRoute,
  sendThreadMessageRoute,
  editThreadMessageRoute,
  deleteThreadMessageRoute,
  markThreadReadRoute,
  uploadThreadImageRoute,
  getThreadImageRoute,
  listSupportAccessRoute,
  grantSupportAccessRoute,
  revokeSupportAccessRoute,
  listMyMessagesRoute,
  sendMyMessageRoute,
  editMyMessageRoute,
  deleteMyMessageRoute,
  markMyMessagesReadRoute,
  uploadMyMessageImageRoute,
  getMyMessageImageRoute,
  countMyUnreadMessagesRoute,
]);
