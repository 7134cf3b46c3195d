import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppLayout } from '../../components/shell/app-layout';
import { ApiError } from '../../lib/api/api-error';
import { i18n } from '../../lib/i18n/i18n';
import { meQueryOptions } from '../../queries/me';

// Every signed-in page lives under this pathless layout: the guard runs once here, not per page.
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const toLogin = () => redirect({ to: '/login', search: { redirect: location.href } });
    if (!(await context.session.restore())) throw toLogin();
    try {
      const me = await context.queryClient.ensureQueryData(meQueryOptions);
      // The profile's language wins over the device's once signed in.
      if (i18n.resolvedLanguage !== me.locale) await i18n.changeLanguage(me.locale);
      return { me };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw toLogin();
      throw error;
    }
  },
  component: AppLayout,
});
