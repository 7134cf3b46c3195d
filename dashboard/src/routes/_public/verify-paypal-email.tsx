import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PublicCard } from '@/ui/public-card';
import { VerifyPaypalOutcome } from '@/features/access';
import { linkTokenSearch } from '@/lib/link-token-search';

// The link mailed to a new PayPal payout address: APP_BASE_URL/verify-paypal-email?token=…
export const Route = createFileRoute('/_public/verify-paypal-email')({
  validateSearch: linkTokenSearch,
  component: VerifyPaypalEmailPage,
});

// Read through the route id, not `Route`: the page's chunk then does not import the route module, which
// stays inlined in the route tree instead of becoming one more small chunk the first page load waits for.
const route = getRouteApi('/_public/verify-paypal-email');

function VerifyPaypalEmailPage() {
  const { t } = useTranslation('access');
  const { token } = route.useSearch();
  return (
    <PublicCard title={t('paypal.title')}>
      <VerifyPaypalOutcome token={token} />
    </PublicCard>
  );
}
