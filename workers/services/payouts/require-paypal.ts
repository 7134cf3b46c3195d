import type { ServiceContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { paypalConfig, type PayPalConfig } from '../../integrations/paypal/paypal-config';

/** The PayPal settings, or 409 payouts_not_configured: without credentials nothing can be sent. */
export function requirePaypal(ctx: ServiceContext): PayPalConfig {
  const cfg = paypalConfig(ctx.config);
  if (!cfg)
    throw new AppError(
      'payouts_not_configured',
      'PayPal payouts are not configured on this deployment (PAYPAL_BASE_URL, PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET)',
    );
  return cfg;
}
