import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppLayout } from '@/shell/app-layout';
import { loadSessionBoot } from '@/shell/seed-session-boot';
import { ShellSkeleton } from '@/shell/shell-skeleton';
import { lockedByTwoFactor } from '@/lib/access/two-factor-lock';
import { ApiError } from '@/lib/api/api-error';
import { i18n, loadEveryNamespace } from '@/lib/i18n/i18n';
import { meQueryOptions } from '@/features/accounts';

// Every signed-in page lives under this pathless layout: the guard runs once here, not per page.
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const toLogin = () => redirect({ to: '/login', search: { redirect: location.href } });
    if (!(await context.session.restore())) throw toLogin();
    // Signed in: started beside the profile's load, awaited before any page renders (see loadEveryNamespace).
    const translations = loadEveryNamespace();
    try {
      // One request for the frame's profile, organization and counts (the caches the queries below read).
      await loadSessionBoot(context.queryClient, location.pathname);
      const me = await context.queryClient.ensureQueryData(meQueryOptions);
      // The profile's language wins over the device's once signed in (a choice on the login page was saved to it).
      if (i18n.resolvedLanguage !== me.locale) await i18n.changeLanguage(me.locale);
      await translations;
      // A required 2FA past its deadline: the pages the API would refuse lead straight to the setup.
      if (lockedByTwoFactor(me, location.pathname)) throw redirect({ to: '/account/security', replace: true });
      return { me };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw toLogin();
      throw error;
    }
  },
  // The frame's outline, never a blank page, while the session, profile or a page's translations load.
  pendingComponent: ShellSkeleton,
  component: AppLayout,
});
