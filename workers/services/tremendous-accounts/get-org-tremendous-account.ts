import { eq } from 'drizzle-orm';
import { orgTremendousAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface OrgTremendousAccountView {
  connected: boolean;
  apiKeyLast4: string | null;
  webhookKeySet: boolean;
  fundingSourceId: string | null;
  allowBelowMinimum: boolean;
  /** Give Tremendous this URL as the webhook endpoint. */
  webhookUrl: string;
  /** Which account pays gift cards now: the organization's, the deployment's, or none (rail off). */
  payoutsFrom: 'organization' | 'platform' | 'none';
}

/** The organization's Tremendous connection without its secrets. */
export async function getOrgTremendousAccount({ ctx }: ServiceCall<void>): Promise<OrgTremendousAccountView> {
  const { organizationId } = actingAdvertiser(ctx);
  const webhookUrl = `${ctx.config.APP_BASE_URL.replace(/\/+$/, '')}/api/v1/tremendous/webhooks/orgs/${organizationId}`;
  const [row] = await ctx.db
    .select()
    .from(orgTremendousAccounts)
    .where(eq(orgTremendousAccounts.organizationId, organizationId));
  if (row)
    return {
      connected: true,
      apiKeyLast4: row.apiKeyLast4,
      webhookKeySet: row.webhookKeyEncrypted !== null,
      fundingSourceId: row.fundingSourceId,
      allowBelowMinimum: row.allowBelowMinimum,
      payoutsFrom: 'organization',
      webhookUrl,
    };
  return {
    connected: false,
    apiKeyLast4: null,
    webhookKeySet: false,
    fundingSourceId: null,
    allowBelowMinimum: false,
    payoutsFrom: ctx.config.TREMENDOUS_API_KEY ? 'platform' : 'none',
    webhookUrl,
  };
}
