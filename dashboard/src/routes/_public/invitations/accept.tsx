import { useQuery } from '@tanstack/react-query';
import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationPanel } from '@/features/invites';
import { OutcomeAlert } from '@/features/access';
import { PublicCard } from '@/ui/public-card';
import { LoadingState } from '@/ui/loading-state';
import { linkTokenSearch } from '@/lib/link-token-search';
import { meQueryOptions } from '@/features/accounts';

// The link in an invitation email: APP_BASE_URL/invitations/accept?token=…, opened signed in or not.
export const Route = createFileRoute('/_public/invitations/accept')({
  validateSearch: linkTokenSearch,
  loader: async ({ context }) => ({ signedIn: await context.session.restore() }),
  component: AcceptInvitationPage,
});

// Read through the route id, not `Route`: the page's chunk then does not import the route module, which
// stays inlined in the route tree instead of becoming one more small chunk the first page load waits for.
const route = getRouteApi('/_public/invitations/accept');

function AcceptInvitationPage() {
  const { t } = useTranslation('access');
  const { token } = route.useSearch();
  const { signedIn } = route.useLoaderData();
  const me = useQuery({ ...meQueryOptions, enabled: signedIn });
  return (
    <PublicCard title={t('invitation.title')}>
      {!token ? (
        <OutcomeAlert tone="error">{t('invitation.invalid')}</OutcomeAlert>
      ) : signedIn && me.isPending ? (
        <LoadingState />
      ) : (
        <AcceptInvitationPanel token={token} signedInAs={me.data?.email ?? null} />
      )}
    </PublicCard>
  );
}
