export { acceptEmbedTerms } from './accept-embed-terms';
export type { EmbedSession } from './embed-session';
export { type EmbedAccount, type EmbedDashboard, type EmbedProgram, getEmbedDashboard } from './get-embed-dashboard';
export { getEmbedOrigins } from './get-embed-origins';
export { type IssuedEmbedToken, issueEmbedToken } from './issue-embed-token';
export { openEmbedToken } from './open-embed-token';
export { setEmbedPaypalEmail } from './set-embed-paypal-email';
