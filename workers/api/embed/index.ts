import { acceptEmbedTermsRoute } from './accept-embed-terms';
import { createEmbedTokenRoute } from './create-embed-token';
import { getEmbedDashboardRoute } from './get-embed-dashboard';
import { setEmbedPaypalEmailRoute } from './set-embed-paypal-email';
import { mountRoutes } from '../mount-routes';

/**
 * The referral dashboard an advertiser embeds in its own app: the app's backend asks for a token
 * (signed like conversions), the embedded page calls the rest with it. Public paths with their own
 * credential: no platform session is read.
 */
export const embedRoutes = mountRoutes([
  createEmbedTokenRoute,
  getEmbedDashboardRoute,
  acceptEmbedTermsRoute,
  setEmbedPaypalEmailRoute,
]);
embedRoutes.openAPIRegistry.registerComponent('securitySchemes', 'embedToken', {
  type: 'http',
  scheme: 'bearer',
  description: 'An embed token (ae_embed_…) from POST /v1/embed-tokens; valid on its app’s embed routes only',
});
