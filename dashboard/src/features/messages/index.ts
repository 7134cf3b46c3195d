export { InboxPage } from './inbox-page';
export { MyMessagesPage } from './my-messages-page';
export { unreadMessagesQueryOptions } from './queries/messages';
