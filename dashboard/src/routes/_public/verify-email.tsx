import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { VerifyEmailOutcome } from '@/features/access';
import { linkTokenSearch } from '@/lib/link-token-search';

// The link in the confirmation email: APP_BASE_URL/verify-email?token=…
export const Route = createFileRoute('/_public/verify-email')({
  validateSearch: linkTokenSearch,
  component: VerifyEmailPage,
});

// Read through the route id, not `Route`: the page's chunk then does not import the route module, which
// stays inlined in the route tree instead of becoming one more small chunk the first page load waits for.
const route = getRouteApi('/_public/verify-email');

function VerifyEmailPage() {
  const { token } = route.useSearch();
  // The outcome titles its own card: "Confirming…", then "Email confirmed" or what went wrong.
  return <VerifyEmailOutcome token={token} />;
}
