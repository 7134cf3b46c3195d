import type { Config } from '../../env';

/** Where Stripe must send an app's events: the URL to paste into Stripe's webhook settings. */
export const stripeEndpointUrl = (config: Pick<Config, 'APP_BASE_URL'>, appId: string): string =>
  new URL(`/api/v1/stripe/${appId}/webhooks`, config.APP_BASE_URL).toString();
