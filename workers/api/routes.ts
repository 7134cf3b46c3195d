import type { OpenAPIHono } from '@hono/zod-openapi';
import { accountsRoutes } from './accounts';
import { affiliateHomeRoutes } from './affiliate-home';
import { announcementsRoutes } from './announcements';
import { affiliateNotesRoutes } from './affiliate-notes';
import { applicationsRoutes } from './applications';
import { appsRoutes } from './apps';
import { auditRoutes } from './audit';
import { backtestRoutes } from './backtest';
import { planBillingRoutes } from './plan-billing';
import { campaignsRoutes } from './campaigns';
import { bountiesRoutes } from './bounties';
import { clicksRoutes } from './clicks';
import { conversionsRoutes } from './conversions';
import { creativesRoutes } from './creatives';
import { customersRoutes } from './customers';
import { importsRoutes } from './imports';
import { deadLettersRoutes } from './dead-letters';
import { domainsRoutes } from './domains';
import { editionsRoutes } from './editions';
import { embedRoutes } from './embed';
import { enrollmentsRoutes } from './enrollments';
import { exportsRoutes } from './exports';
import { financeRoutes } from './finance';
import { getHealthRoute } from './health/get-health';
import { inboundRoutes } from './inbound';
import { invitesRoutes } from './invites';
import { landingPagesRoutes } from './landing-pages';
import { leaderboardsRoutes } from './leaderboards';
import { linksRoutes } from './links';
import { messagesRoutes } from './messages';
import { notificationsRoutes } from './notifications';
import { onboardingRoutes } from './onboarding';
import { organizationsRoutes } from './organizations';
import { payoutsRoutes } from './payouts';
import { paypalAccountsRoutes } from './paypal-accounts';
import { postbacksRoutes } from './postbacks';
import { platformRoutes } from './platform';
import { portalRoutes } from './portal';
import { programGroupsRoutes } from './program-groups';
import { programWorkflowsRoutes } from './program-workflows';
import { programsRoutes } from './programs';
import { recruitmentRoutes } from './recruitment';
import { searchRoutes } from './search';
import { sessionRoutes } from './session';
import { statementsRoutes } from './statements';
import { statsRoutes } from './stats';
import { stripePayoutsRoutes } from './stripe-payouts';
import { taxRoutes } from './tax';
import { tremendousRoutes } from './tremendous';
import type { AppEnv } from './types';
import { webhooksRoutes } from './webhooks';
import { wiseRoutes } from './wise';

/** Every API area, mounted under /api. */
export const AREA_ROUTES: OpenAPIHono<AppEnv>[] = [
  getHealthRoute,
  accountsRoutes,
  organizationsRoutes,
  sessionRoutes,
  appsRoutes,
  programsRoutes,
  programGroupsRoutes,
  programWorkflowsRoutes,
  bountiesRoutes,
  applicationsRoutes,
  backtestRoutes,
  creativesRoutes,
  leaderboardsRoutes,
  onboardingRoutes,
  announcementsRoutes,
  campaignsRoutes,
  messagesRoutes,
  enrollmentsRoutes,
  affiliateNotesRoutes,
  conversionsRoutes,
  customersRoutes,
  linksRoutes,
  affiliateHomeRoutes,
  financeRoutes,
  payoutsRoutes,
  paypalAccountsRoutes,
  stripePayoutsRoutes,
  tremendousRoutes,
  wiseRoutes,
  auditRoutes,
  postbacksRoutes,
  notificationsRoutes,
  deadLettersRoutes,
  platformRoutes,
  statsRoutes,
  statementsRoutes,
  taxRoutes,
  inboundRoutes,
  embedRoutes,
  clicksRoutes,
  exportsRoutes,
  recruitmentRoutes,
  invitesRoutes,
  domainsRoutes,
  editionsRoutes,
  planBillingRoutes,
  webhooksRoutes,
  importsRoutes,
  portalRoutes,
  landingPagesRoutes,
  searchRoutes,
];
