import type { WebhookSource } from '../../../schema/enums';
import { genericSource } from './generic/source';
import { lemonSqueezySource } from './lemon-squeezy/source';
import { paddleSource } from './paddle/source';
import type { ConversionSourceAdapter } from './source';
import { stripeSource } from './stripe/source';

/** Every conversion source that pushes signed webhooks, by its id: one line per source. */
export const CONVERSION_SOURCES: Record<WebhookSource, ConversionSourceAdapter> = {
  stripe: stripeSource,
  paddle: paddleSource,
  lemon_squeezy: lemonSqueezySource,
  generic: genericSource,
};
