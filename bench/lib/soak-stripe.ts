// The both-rails mode of the ledger soak (SOAK_RAILS=both): every third affiliate is paid through
// Stripe Connect by every advertiser, with an Express account onboarded on the local Stripe server,
// so each payout run's batches carry Stripe parts beside the PayPal ones and the ledger checkpoints
// hold Stripe items to the same invariants.
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createAccountLink, createExpressAccount, type StripeConfig } from '../../workers/integrations/stripe';
import type { SoakWorld } from './soak-world';

export async function seedStripeMethods(db: Db, world: SoakWorld, cfg: StripeConfig): Promise<number> {
  let made = 0;
  for (const [i, affiliateId] of world.affiliates.entries()) {
    if (i % 3 !== 1) continue;
    for (const tenant of world.tenants) {
      const account = await createExpressAccount(
        cfg,
        { country: 'US', email: `soak-${i}@example.com`, affiliateId, organizationId: tenant.organizationId },
        `soak-${tenant.organizationId}-${affiliateId}`,
      );
      const link = await createAccountLink(cfg, {
        account: account.id,
        refreshUrl: 'https://soak.example/refresh',
        returnUrl: 'https://soak.example/return',
      });
      // The hosted onboarding page's "finish" button: the account can receive transfers afterwards.
      const done = await fetch(link.url, { method: 'POST', body: 'outcome=complete', redirect: 'manual' });
      await done.arrayBuffer();
      await db.insert(s.payoutMethods).values({
        affiliateId,
        organizationId: tenant.organizationId,
        country: 'US',
        rail: 'stripe',
        stripeAccountId: account.id,
        stripeDetailsSubmitted: true,
        stripePayoutsEnabled: true,
      });
      made++;
    }
  }
  return made;
}
