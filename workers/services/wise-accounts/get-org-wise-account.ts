import { eq } from 'drizzle-orm';
import { orgWiseAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface OrgWiseAccountView {
  connected: boolean;
  apiTokenLast4: string | null;
  profileId: string | null;
  profileType: string | null;
  profileName: string | null;
  /** Which Wise profile pays bank transfers now: the organization's, the deployment's, or none (rail off). */
  payoutsFrom: 'organization' | 'platform' | 'none';
  /** Subscribe the profile's transfers#state-change events to this URL (the deployment's, one for all). */
  webhookUrl: string;
  /** Whether this installation verifies Wise's webhooks (WISE_WEBHOOK_PUBLIC_KEY); without: states come by polling. */
  webhooksVerified: boolean;
}

/** The organization's Wise connection without its token. */
export async function getOrgWiseAccount({ ctx }: ServiceCall<void>): Promise<OrgWiseAccountView> {
  const { organizationId } = actingAdvertiser(ctx);
  const webhookUrl = `${ctx.config.APP_BASE_URL.replace(/\/+$/, '')}/api/v1/wise/webhooks`;
  const webhooksVerified = Boolean(ctx.config.WISE_WEBHOOK_PUBLIC_KEY);
  const [row] = await ctx.db.select().from(orgWiseAccounts).where(eq(orgWiseAccounts.organizationId, organizationId));
  if (row)
    return {
      connected: true,
      apiTokenLast4: row.apiTokenLast4,
      profileId: row.profileId,
      profileType: row.profileType,
      profileName: row.profileName,
      payoutsFrom: 'organization',
      webhookUrl,
      webhooksVerified,
    };
  return {
    connected: false,
    apiTokenLast4: null,
    profileId: null,
    profileType: null,
    profileName: null,
    payoutsFrom: ctx.config.WISE_API_TOKEN && ctx.config.WISE_PROFILE_ID ? 'platform' : 'none',
    webhookUrl,
    webhooksVerified,
  };
}
