import { Paper, Stack } from '@mantine/core';
import { createFileRoute, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { PayoutMethodForm } from '@/features/payouts';
import { RailSetup } from '@/features/payouts';
import { QueryState } from '@/ui/query-state';
import { usePayoutMethods, useRefreshStripeAccount } from '@/features/payouts';

/** Stripe sends the browser back with ?stripe=return (done) or ?stripe=refresh (the link expired). */
// zod/mini, as every route's search schema: the route tree is part of the login page's first load.
const search = z.object({ stripe: z.catch(z.optional(z.enum(['return', 'refresh'])), undefined) });

export const Route = createFileRoute('/_app/affiliate/$orgId/payout-methods')({
  validateSearch: search,
  component: PayoutMethodsPage,
});

function PayoutMethodsPage() {
  const { t } = useTranslation('payoutmethods');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/payout-methods' });
  const { stripe } = useSearch({ from: '/_app/affiliate/$orgId/payout-methods' });
  const query = usePayoutMethods(orgId);
  const refresh = useRefreshStripeAccount(orgId);
  const refreshed = useRef(false);
  // Back from Stripe: read the account at once rather than wait for its webhook.
  useEffect(() => {
    if (stripe === 'return' && !refreshed.current) {
      refreshed.current = true;
      refresh.mutate();
    }
  }, [stripe, refresh]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(view) => (
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md">
              <PayoutMethodForm orgId={orgId} view={view} />
            </Paper>
            {view.method && <RailSetup orgId={orgId} method={view.method} expired={stripe === 'refresh'} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
