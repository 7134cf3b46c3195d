import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BRAND_IMAGE_BYTES, MAX_CREATIVE_IMAGE_BYTES } from '../domain/image-type';
import { MAX_MESSAGE_IMAGE_BYTES } from '../domain/message-rules';
import { requestId } from 'hono/request-id';
import { ValidationError } from '../errors/app-error';
import { errorResponse, onError } from '../errors/on-error';
import { authenticate } from './middleware/authenticate';
import { portalScope } from './middleware/portal-scope';
import { requestPortal } from './middleware/request-portal';
import { serviceContext } from './middleware/service-context';
import {
  advertiserTenant,
  affiliateAccount,
  affiliateTenant,
  platformStaff,
  supportReadOnly,
} from './middleware/tenant';
import { zodIssueDetails } from '../errors/zod-details';
import { openApiDocumentConfig } from './openapi-document';
import { AREA_ROUTES } from './routes';
import type { AppEnv } from './types';

/** Management payloads are small; anything bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;
/** An import's CSV files travel in its JSON body: a few thousand affiliates with their commissions. */
export const MAX_IMPORT_BODY_BYTES = 4 * 1024 * 1024;
/** Stripe sends whole objects (an invoice with many lines); refusing one would lose the event. */
export const MAX_WEBHOOK_BODY_BYTES = 512 * 1024;

export function createApi(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Every zod failure of a route's input becomes the one error format.
    defaultHook: (result) => {
      if (!result.success) {
        throw new ValidationError('The request is not valid', zodIssueDetails(result.error.issues));
      }
    },
  }).basePath('/api');

  app.use(requestId());
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => errorResponse(c, 'payload_too_large', `The body is larger than ${maxSize} bytes`),
    });
  const managementLimit = limit(MAX_BODY_BYTES);
  const webhookLimit = limit(MAX_WEBHOOK_BODY_BYTES);
  const isWebhook = (path: string) =>
    path.startsWith('/api/v1/stripe/') ||
    path.startsWith('/api/v1/billing/') ||
    path.startsWith('/api/v1/tremendous/') ||
    path.startsWith('/api/v1/wise/');
  // Brand and banner images are files: a little over what each upload allows, so the service says why.
  const brandUploadLimit = limit(MAX_BRAND_IMAGE_BYTES + 1024);
  const creativeUploadLimit = limit(MAX_CREATIVE_IMAGE_BYTES + 1024);
  const BRAND_UPLOAD = /^\/api\/(orgs\/[^/]+\/brand\/|affiliate\/orgs\/[^/]+\/editions\/[^/]+\/(logo|favicon)$)/;
  const CREATIVE_UPLOAD = /^\/api\/orgs\/[^/]+\/creative-images$/;
  const messageUploadLimit = limit(MAX_MESSAGE_IMAGE_BYTES + 1024);
  const MESSAGE_UPLOAD =
    /^\/api\/(orgs\/[^/]+\/message-threads\/[^/]+\/images|affiliate\/orgs\/[^/]+\/message-images)$/;
  const importUploadLimit = limit(MAX_IMPORT_BODY_BYTES);
  const IMPORT_UPLOAD = /^\/api\/orgs\/[^/]+\/imports$/;
  const limitOf = (path: string) =>
    isWebhook(path)
      ? webhookLimit
      : BRAND_UPLOAD.test(path)
        ? brandUploadLimit
        : CREATIVE_UPLOAD.test(path)
          ? creativeUploadLimit
          : MESSAGE_UPLOAD.test(path)
            ? messageUploadLimit
            : IMPORT_UPLOAD.test(path)
              ? importUploadLimit
              : managementLimit;
  app.use((c, next) => limitOf(c.req.path)(c, next));
  app.use(serviceContext);
  // Who may reach what is decided here, by path, once: area routers only add operations.
  //   /auth/*                    public (sign-up, login, refresh, verification, password reset)
  //   /me, /me/*, /orgs          any signed-in user
  //   /orgs/:orgId/*             advertiser context: members, platform staff, support (read-only)
  //   /affiliate/*               affiliate accounts; /affiliate/orgs/:orgId/* is one advertiser's context
  //   /platform/*                platform staff
  // Platform support writes nothing anywhere but its own account (/me).
  // A session started on an advertiser's white-label portal host works on that host only, in that
  // organization only (portalScope here, the tenant resolvers for /orgs/:orgId and /affiliate/orgs/:orgId).
  // The host is looked up only where it matters: sessions, the emails the public auth calls send, and the
  // public join page (a portal shows only its own advertiser's links).
  const PUBLIC_ON_A_HOST = [
    '/signup',
    '/login',
    '/login/2fa',
    '/refresh',
    '/refresh/resume',
    '/password-reset',
    '/verify-email/resend',
    // Signs in too (cookie transport): on a portal's host the session is that portal's, as a login there.
    '/verify-email',
  ];
  // The signed-in routes (/me, /orgs, /affiliate, /platform) learn the host's portal in authenticate, once the
  // token holds, so a request without a good one never reaches the database.
  const HOST_AWARE = [...PUBLIC_ON_A_HOST.map((p) => `/auth${p}`), '/join-links/*', '/pages/*'];
  for (const path of HOST_AWARE) app.use(path, requestPortal);
  for (const path of ['/me/*', '/orgs/*', '/affiliate/*', '/platform/*']) app.use(path, authenticate); // '/x/*' also matches '/x'
  for (const path of ['/orgs/*', '/affiliate/*', '/platform/*']) app.use(path, portalScope);
  for (const path of ['/orgs/*', '/affiliate/*', '/platform/*']) app.use(path, supportReadOnly);
  app.use('/orgs/:orgId/*', advertiserTenant);
  app.use('/affiliate/orgs/:orgId/*', affiliateTenant);
  const IN_AFFILIATE_CONTEXT = /^\/api\/affiliate\/orgs\/[^/]+\//;
  app.use('/affiliate/*', (c, next) => (IN_AFFILIATE_CONTEXT.test(c.req.path) ? next() : affiliateAccount(c, next)));
  app.use('/platform/*', platformStaff);
  for (const routes of AREA_ROUTES) app.route('/', routes);

  app.doc31('/openapi.json', (c) => openApiDocumentConfig(c.env.APP_VERSION ?? 'dev', new URL(c.req.url).origin));
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The access token from POST /api/auth/login or /api/auth/refresh',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'paypalSignature', {
    type: 'apiKey',
    in: 'header',
    name: 'PAYPAL-TRANSMISSION-SIG',
    description:
      'PayPal’s webhook signature (with the other PAYPAL-TRANSMISSION-* and PAYPAL-CERT-URL headers), confirmed through PayPal’s verify-webhook-signature',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'telegramSecret', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Telegram-Bot-Api-Secret-Token',
    description: 'The secret_token given to Telegram’s setWebhook (TELEGRAM_WEBHOOK_SECRET)',
  });
  app.notFound((c) => errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError(onError);
  return app;
}
