import { createFileRoute } from '@tanstack/react-router';
import { MyMessagesPage } from '@/features/messages';

export const Route = createFileRoute('/_app/affiliate/$orgId/messages')({
  component: MyMessagesPage,
});
