import { createFileRoute } from '@tanstack/react-router';
import { JoinPage } from '@/features/invites';

// The invite link an advertiser shares: APP_BASE_URL/join/{code}, opened signed in or not.
export const Route = createFileRoute('/_public/join/$code')({
  loader: async ({ context }) => ({ signedIn: await context.session.restore() }),
  component: JoinPage,
});
