import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PublicCard } from '@/ui/public-card';
import { UndoPaypalOutcome } from '@/features/access';
import { linkTokenSearch } from '@/lib/link-token-search';

// The undo link in the notice of a PayPal address change: APP_BASE_URL/undo-paypal-email?token=…
export const Route = createFileRoute('/_public/undo-paypal-email')({
  validateSearch: linkTokenSearch,
  component: UndoPaypalEmailPage,
});

// Read through the route id, not `Route`, as verify-paypal-email.tsx explains.
const route = getRouteApi('/_public/undo-paypal-email');

function UndoPaypalEmailPage() {
  const { t } = useTranslation('access');
  const { token } = route.useSearch();
  return (
    <PublicCard title={t('paypalUndo.title')}>
      <UndoPaypalOutcome token={token} />
    </PublicCard>
  );
}
