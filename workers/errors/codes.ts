import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every machine-readable error code the API answers, and its HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  // Paged lists and exports: a cursor not made by the server, a time range over the maximum, or a
  // query parameter the operation does not know (a misspelt filter must not silently widen it).
  invalid_cursor: 400,
  range_too_long: 400,
  unknown_filter: 400,
  // Reports: the request is well-formed but asks for something the rollups cannot answer.
  stats_dimension_unknown: 400,
  stats_range_invalid: 400,
  stats_time_zone_invalid: 400,
  // The zone's offset from UTC is not whole hours somewhere in the range, so hourly rows cannot make its days.
  stats_time_zone_unsupported: 400,
  stats_combination_unsupported: 400,
  // Emailed links: the token was already used, or has expired (an unknown token stays bad_request).
  link_used: 400,
  link_expired: 400,
  // Custom domains: not a public hostname an advertiser may own (ours, an IP, localhost), or Cloudflare refused it.
  hostname_not_allowed: 400,
  // Custom domains: a root (registrable) domain such as acme.com or shop.co.uk; a CNAME needs a subdomain.
  hostname_is_apex: 400,
  // An organization's PayPal app: PayPal's token endpoint refused the client id and secret for the chosen mode.
  paypal_credentials_rejected: 400,
  // An organization's Stripe payout key: Stripe refused it (GET /v1/account answered 401/403).
  stripe_credentials_rejected: 400,
  tremendous_credentials_rejected: 400,
  // An organization's Wise token: Wise refused it (GET /v2/profiles answered 4xx).
  wise_credentials_rejected: 400,
  // A payout method: the rail does not serve the affiliate's country.
  rail_country_unsupported: 400,
  // Bank details for Wise: a field is missing or breaks Wise's account requirements (details.fields names each).
  wise_details_invalid: 400,
  // The rail cannot pay in this currency (workers/domain/payout-rails.ts), when choosing a method or sending.
  rail_currency_unsupported: 400,
  // An auto-approval limit in a currency the platform does not pay out (it has no payout minimum). details.currency.
  payout_currency_unsupported: 400,
  // A tax form that cannot be signed as given. details.issues: [{ field, problem }].
  tax_form_invalid: 400,
  // An advertiser's tax settings: a missing yearly amount, an EIN or VAT id of the wrong shape. details.field.
  tax_settings_invalid: 400,
  // A VAT id whose shape no EU member state uses, or one VIES says is not valid. details.reason: format | vies.
  vat_id_invalid: 400,
  // POST /campaigns/unsubscribe: the token is not one of ours, was altered, or is over a year old.
  unsubscribe_link_invalid: 400,
  // An application's answers do not fit the program's (or group's) form. details.issues: [{ questionId, problem }].
  application_answers_invalid: 400,
  // Google or GitHub sign-in: the flow cookie is missing, expired or another flow's, or the state does not match it.
  oauth_state_invalid: 400,
  // A banner template's SVG is refused (a script, an event handler, an outside reference, no viewBox…); the
  // message and details.reason say which.
  banner_template_invalid: 400,
  unauthorized: 401,
  // The provider refused the code (PKCE verifier, reuse, expiry) or its ID token failed verification
  // (signature, issuer, audience, expiry, nonce).
  oauth_rejected: 401,
  // Signed server-to-server requests: no or a wrong signature, or one outside the replay window.
  invalid_signature: 401,
  signature_expired: 401,
  // A signed request sent a second time (POST /v1/embed-tokens issues one token per signature).
  signature_replayed: 401,
  // The embedded dashboard's token is unknown, expired, or of another app: the app must ask for a new one.
  embed_token_invalid: 401,
  // Browser sessions: POST /auth/refresh in cookie mode without the ae_refresh cookie.
  refresh_cookie_missing: 401,
  // A session used on another host than it started on: a white-label portal's session on the platform's
  // host or another portal, or a platform session on a portal host. Sign in again on this host.
  session_scope_mismatch: 401,
  // The organization's plan does not allow one more (programs, affiliates, custom domains) or the
  // feature (white-label). details: { limit, used, allowed, plan }.
  plan_limit_reached: 402,
  forbidden: 403,
  // Platform staff opened an advertiser's messages without a running support-access grant from its owner.
  support_access_required: 403,
  // Right password, unconfirmed address: the client offers to resend the verification email.
  email_not_verified: 403,
  // An S2S postback from an address outside the program's allow-list.
  ip_not_allowed: 403,
  // Payout duties: the proposer never approves; with the organization's strict rule on, the sender is
  // a third person. details.rule: approver_is_proposer, sender_is_proposer or sender_is_approver.
  separation_of_duties: 403,
  // Cookie-mode session calls from another origin (Origin or Sec-Fetch-Site says so).
  csrf_rejected: 403,
  // /affiliate/* from an account that is advertiser or platform staff only (see docs/accounts.md).
  not_affiliate: 403,
  // Platform staff, or a member of an organization that requires it, past the grace period without
  // two-step verification; also turning on the requirement (or 2FA off) without it.
  // details: { rule: platform | organization, dueAt? }.
  two_factor_required: 403,
  not_found: 404,
  // GET /auth/recruit-codes/{code}: no such code, or its affiliate may no longer recruit (banned, deleted).
  recruit_code_invalid: 404,
  // Stripe Billing is switched off on this install (BILLING_ENABLED is not true).
  billing_disabled: 404,
  // No account uses this Google or GitHub account, and the sign-in did not start on the sign-up page.
  identity_account_unknown: 404,
  // The provider is not configured on this deployment (no client id and secret).
  identity_provider_off: 404,
  method_not_allowed: 405,
  conflict: 409,
  // Answering a program invitation (in the app) that was already accepted, declined, withdrawn or has expired.
  // details: { reason: 'accepted' | 'declined' | 'revoked' | 'expired' }.
  invitation_closed: 409,
  // Editing a message after its edit window (docs/messages.md), or a deleted one.
  message_not_editable: 409,
  // A 1099-NEC export for a year whose reporting threshold platform staff have not set yet (2027 on).
  form_1099_threshold_unset: 409,
  // Staff may not set a year's 1099-NEC threshold: the law fixes it (through 2026) or the year has ended.
  form_1099_threshold_locked: 409,
  // Platform approval of an affiliate asked for an advertiser's or the platform's staff account (no enrollment, not an affiliate).
  not_affiliate_account: 409,
  already_enrolled: 409,
  // An application without the program's current terms accepted (none, or a version since replaced).
  // details: { currentVersion }.
  terms_not_accepted: 409,
  // POST /orgs/{orgId}/imports/{id}/run: the import is not waiting for a run (its dry run is not done, or it ran).
  import_not_planned: 409,
  // Campaigns: the move is not open from the campaign's status (editing a scheduled one, cancelling a sent one).
  // details: { status }.
  campaign_status_conflict: 409,
  // Publishing a landing page that has no saved draft yet.
  landing_page_no_draft: 409,
  // Embedded dashboard: the app's user's email already belongs to an account the app did not create.
  embed_email_taken: 409,
  embed_account_claimed: 403,
  join_link_unavailable: 409,
  // Another enrollment of the organization (any app, any program) already has this coupon code.
  coupon_code_taken: 409,
  // An affiliate's profile already carries the most tags its advertiser may give it. details: { max }.
  tag_limit_reached: 409,
  // The strict payout rule (three people) asked of a team with fewer than three owners and finance
  // members: nobody could ever send. details: { payoutMembers, needed }.
  payout_rule_unsatisfiable: 409,
  // A partner group still has members (move them first), or the default group was asked to be deleted.
  group_has_members: 409,
  default_group_required: 409,
  // A program already has the most workflows it may (details: { max }).
  workflow_limit_reached: 409,
  // Bounties: the bounty takes no submission now (not started, ended, or a performance bounty); its
  // winners are all chosen (details: { maxWinners }); the affiliate's earlier submission waits for
  // review or won; the bounty has submissions or winners, so it cannot be deleted (end it instead).
  bounty_not_open: 409,
  bounty_full: 409,
  bounty_already_submitted: 409,
  bounty_in_use: 409,
  // Onboarding: the step ticks itself from the affiliate's links, clicks or conversions; it cannot be ticked by hand.
  onboarding_step_automatic: 409,
  // PayPal credentials are not set on this deployment, so nothing can be sent or verified.
  payouts_not_configured: 409,
  // An organization's PayPal app cannot be replaced or removed while payouts it sent are still open.
  paypal_payouts_in_flight: 409,
  // Stripe Connect is off for the organization: no key of its own and none on the deployment.
  stripe_payouts_not_configured: 409,
  // Wise is off for the organization: the deployment has no Wise token and profile.
  wise_not_configured: 409,
  // Wise could not be reached or failed; nothing was changed, try again.
  wise_unavailable: 503,
  // An organization's Wise token or profile cannot be removed or changed while transfers it made are on their way.
  wise_payouts_in_flight: 409,
  // An organization's Stripe key cannot be replaced or removed while Stripe payouts it made are still open.
  stripe_payouts_in_flight: 409,
  // Gift cards are off for the organization: no Tremendous key of its own and none on the deployment.
  tremendous_not_configured: 409,
  // An organization's Tremendous key cannot be removed while gift-card orders it placed are still open.
  tremendous_payouts_in_flight: 409,
  // Tremendous's catalog or API could not be reached; nothing was changed, try again.
  tremendous_unavailable: 503,
  // Stripe onboarding asked for an affiliate whose method for this advertiser is not Stripe.
  payout_method_not_stripe: 409,
  // Billing: the organization already pays for this plan and period; or it has no Stripe customer yet (portal).
  already_on_plan: 409,
  no_billing_account: 409,
  // TELEGRAM_BOT_TOKEN / TELEGRAM_BOT_USERNAME are not set on this deployment: no Telegram link can be made.
  telegram_not_configured: 409,
  // Account deletion blockers (POST /me/delete; GET /me/deletion lists them all with their details).
  last_owner: 409,
  unpaid_balance: 409,
  payout_in_progress: 409,
  // External payouts: the item is another rail's, was not sent for payment yet, or was already settled the other way.
  payout_item_not_external: 409,
  payout_item_not_requested: 409,
  payout_item_settled: 409,
  // Account deletion on a white-label portal: a blocker in another advertiser's organization, not named there.
  other_advertisers: 409,
  platform_staff_account: 409,
  join_link_revoked: 410,
  join_link_expired: 410,
  join_link_used_up: 410,
  // Another organization (or this one) already added the hostname.
  domain_taken: 409,
  // Branded editions: the app offers none (or not this brand field or domain kind); the affiliate has no active
  // enrollment in the editions' program; the move is not open from the edition's status (details: { status });
  // another edition holds the host; the name or host passes for the advertiser's brand or another edition
  // (details: { field, resembles }).
  editions_not_offered: 409,
  edition_needs_enrollment: 409,
  edition_status_conflict: 409,
  edition_host_taken: 409,
  edition_lookalike: 409,
  // An edition's price outside the bounds the advertiser set for the plan, or a plan the app does not offer.
  edition_price_out_of_bounds: 400,
  // The resolution API: no active edition of this app on the host (unknown, suspended, deleted, another app's).
  edition_not_found: 404,
  // Cloudflare for SaaS is not configured on this deployment (no API token or zone id).
  domains_not_configured: 409,
  // The Google or GitHub account is already linked to another user.
  identity_taken: 409,
  // An account with the provider's email exists, but the provider did not verify that email (or the
  // account never confirmed it): sign in with the password and link the provider from the security page.
  identity_email_unverified: 409,
  // Unlinking the only way in of an account without a password.
  last_sign_in_method: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  // Stripe refused or could not be reached; nothing changed on our side.
  billing_provider_error: 502,
  service_unavailable: 503,
  // Google's or GitHub's endpoints did not answer (network, 5xx).
  identity_provider_unavailable: 503,
  // PayPal did not answer (5xx, 429, timeouts after retries), e.g. while checking an organization's credentials.
  paypal_unavailable: 503,
  // Stripe did not answer (5xx, network) while checking a key, creating an account or an onboarding link.
  stripe_unavailable: 503,
  // VIES, or the member state behind it, could not check a VAT id now: try again later.
  vies_unavailable: 503,
  // The renderer Worker (PDFs, banner PNGs) is not bound on this deployment or failed: nothing was changed, try again.
  renderer_unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
