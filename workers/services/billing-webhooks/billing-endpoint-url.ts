import type { BillingProvider } from '../../../schema/enums';
import type { Config } from '../../env';

/** The path segment of each provider's endpoint under /api/v1/. */
export const ENDPOINT_SEGMENTS: Record<BillingProvider, string> = {
  paddle: 'paddle',
  lemon_squeezy: 'lemon-squeezy',
  generic: 'billing',
};

/** Where a provider must send an app's events: the URL to paste into its webhook settings. */
export const billingEndpointUrl = (
  config: Pick<Config, 'APP_BASE_URL'>,
  provider: BillingProvider,
  appId: string,
): string => new URL(`/api/v1/${ENDPOINT_SEGMENTS[provider]}/${appId}/webhooks`, config.APP_BASE_URL).toString();
