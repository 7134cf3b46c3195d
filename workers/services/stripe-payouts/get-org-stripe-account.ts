import { eq } from 'drizzle-orm';
import { orgStripeAccounts } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { actingAdvertiser } from '../access';
import { platformStripePayoutConfig } from './resolve-stripe-payout-account';

/** What an organization sees of its Stripe payout connection: never the secrets. */
export interface OrgStripeAccountView {
  connected: boolean;
  stripeAccountId: string | null;
  livemode: boolean | null;
  secretKeyLast4: string | null;
  webhookSecretSet: boolean;
  verifiedAt: Date | null;
  updatedAt: Date | null;
  /** The URL to give Stripe as this organization's Connect webhook endpoint. */
  webhookUrl: string;
  /** Where Stripe payouts leave from now: the organization's account, the deployment's, or nowhere. */
  payoutsFrom: 'organization' | 'platform' | 'none';
}

export const orgStripeWebhookUrl = (ctx: ServiceContext, organizationId: string) =>
  `${ctx.config.APP_BASE_URL.replace(/\/+$/, '')}/api/v1/stripe/payout-webhooks/orgs/${organizationId}`;

export async function getOrgStripeAccount({ ctx }: ServiceCall<void>): Promise<OrgStripeAccountView> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [row] = await ctx.db
    .select()
    .from(orgStripeAccounts)
    .where(eq(orgStripeAccounts.organizationId, organizationId));
  const webhookUrl = orgStripeWebhookUrl(ctx, organizationId);
  if (!row)
    return {
      connected: false,
      stripeAccountId: null,
      livemode: null,
      secretKeyLast4: null,
      webhookSecretSet: false,
      verifiedAt: null,
      updatedAt: null,
      webhookUrl,
      payoutsFrom: platformStripePayoutConfig(ctx) ? 'platform' : 'none',
    };
  return {
    connected: true,
    stripeAccountId: row.stripeAccountId,
    livemode: row.livemode,
    secretKeyLast4: row.secretKeyLast4,
    webhookSecretSet: row.webhookSecretEncrypted !== null,
    verifiedAt: row.verifiedAt,
    updatedAt: row.updatedAt,
    webhookUrl,
    payoutsFrom: 'organization',
  };
}
