import { eq } from 'drizzle-orm';
import { orgPaypalAccounts } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { paypalConfig } from '../../integrations/paypal/paypal-config';
import { actingAdvertiser } from '../access';

/** What an organization sees of its PayPal connection: never the secret. */
export interface OrgPaypalAccountView {
  connected: boolean;
  mode: 'sandbox' | 'live' | null;
  clientId: string | null;
  webhookId: string | null;
  verifiedAt: Date | null;
  updatedAt: Date | null;
  /** The URL to give PayPal as this organization's webhook. */
  webhookUrl: string;
  /** Where payouts leave from now: the organization's app, the deployment's, or nowhere (payouts off). */
  payoutsFrom: 'organization' | 'platform' | 'none';
}

/** The organization's own webhook endpoint, under the deployment's public base URL. */
export const orgWebhookUrl = (ctx: ServiceContext, organizationId: string) =>
  `${ctx.config.APP_BASE_URL.replace(/\/+$/, '')}/api/v1/paypal/webhooks/orgs/${organizationId}`;

export async function getOrgPaypalAccount({ ctx }: ServiceCall<void>): Promise<OrgPaypalAccountView> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [row] = await ctx.db
    .select()
    .from(orgPaypalAccounts)
    .where(eq(orgPaypalAccounts.organizationId, organizationId));
  const webhookUrl = orgWebhookUrl(ctx, organizationId);
  if (!row)
    return {
      connected: false,
      mode: null,
      clientId: null,
      webhookId: null,
      verifiedAt: null,
      updatedAt: null,
      webhookUrl,
      payoutsFrom: paypalConfig(ctx.config) ? 'platform' : 'none',
    };
  return {
    connected: true,
    mode: row.mode,
    clientId: row.clientId,
    webhookId: row.webhookId,
    verifiedAt: row.verifiedAt,
    updatedAt: row.updatedAt,
    webhookUrl,
    payoutsFrom: 'organization',
  };
}
