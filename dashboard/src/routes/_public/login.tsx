import { createFileRoute, getRouteApi, redirect } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { LogInPage } from '@/features/access';
import { safeRedirect } from '@/lib/safe-redirect';

export const Route = createFileRoute('/_public/login')({
  validateSearch: z.object({
    redirect: z.catch(z.optional(z.string().check(z.maxLength(2048))), undefined),
    // Why the user landed here, when the app sent them (after deleting the account).
    notice: z.catch(z.optional(z.literal('account_deleted')), undefined),
  }),
  // Already signed in (e.g. the refresh cookie restored the session): go straight on.
  beforeLoad: async ({ context, search }) => {
    if (await context.session.restore()) throw redirect({ href: safeRedirect(search.redirect), replace: true });
  },
  component: LogInRoute,
});

// Through the route id, not `Route`, so the page's chunk does not import the route module (one chunk less).
const route = getRouteApi('/_public/login');

function LogInRoute() {
  const { redirect: target, notice } = route.useSearch();
  return <LogInPage redirectTo={safeRedirect(target)} notice={notice} />;
}
