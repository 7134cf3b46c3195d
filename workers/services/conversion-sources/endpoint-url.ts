import type { Config } from '../../env';

/** Where a source must send an app's events: the URL to paste into its webhook settings. */
export const sourceEndpointUrl = (config: Pick<Config, 'APP_BASE_URL'>, pathSegment: string, appId: string): string =>
  new URL(`/api/v1/${pathSegment}/${appId}/webhooks`, config.APP_BASE_URL).toString();
