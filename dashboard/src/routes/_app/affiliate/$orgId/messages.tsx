import { createFileRoute } from '@tanstack/react-router';
import { MyMessagesPage } from '@/components/messages/my-messages-page';

export const Route = createFileRoute('/_app/affiliate/$orgId/messages')({
  component: MyMessagesPage,
});
