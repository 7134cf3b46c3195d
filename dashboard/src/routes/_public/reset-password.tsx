import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OutcomeAlert } from '@/features/access';
import { PublicCard } from '@/ui/public-card';
import { ResetPasswordForm } from '@/features/access';
import { RouterAnchor } from '@/ui/router-anchor';
import { linkTokenSearch } from '@/lib/link-token-search';

// The link in the password-reset email: APP_BASE_URL/reset-password?token=…
export const Route = createFileRoute('/_public/reset-password')({
  validateSearch: linkTokenSearch,
  component: ResetPasswordPage,
});

// Read through the route id, not `Route`: the page's chunk then does not import the route module, which
// stays inlined in the route tree instead of becoming one more small chunk the first page load waits for.
const route = getRouteApi('/_public/reset-password');

function ResetPasswordPage() {
  const { t } = useTranslation('access');
  const { token } = route.useSearch();
  return (
    <PublicCard title={t('reset.title')} description={token ? t('reset.description') : undefined}>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <OutcomeAlert tone="error">{t('reset.missingToken')}</OutcomeAlert>
      )}
      <RouterAnchor to={token ? '/login' : '/forgot-password'} size="sm" ta="center">
        {t(token ? 'common.backToLogin' : 'reset.requestNew')}
      </RouterAnchor>
    </PublicCard>
  );
}
