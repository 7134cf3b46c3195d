import { createFileRoute, useParams, useSearch } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { BillingPage } from '@/features/billing';

/** The page's URL: where Stripe sent the browser back from (checkout success or cancel, the portal). */
const billingSearchSchema = z.object({
  checkout: z.catch(z.optional(z.enum(['success', 'canceled', 'updated'])), undefined),
  portal: z.catch(z.optional(z.enum(['returned'])), undefined),
});

export const Route = createFileRoute('/_app/orgs/$orgId/billing')({
  validateSearch: billingSearchSchema,
  component: OrgBillingPage,
});

// Hooks take the route id instead of `Route.use…`, which would make this file a chunk the login page loads.
function OrgBillingPage() {
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/billing' });
  const search = useSearch({ from: '/_app/orgs/$orgId/billing' });
  return <BillingPage orgId={orgId} returnedFrom={search.checkout ?? search.portal} />;
}
