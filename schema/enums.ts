// Every status and kind as a const array: the column type, the CHECK constraint and `z.enum(X)`
// elsewhere all read the same list, so they cannot drift apart.

// This file is the floor of every layer: it imports nothing, and workers/contracts, the tracker, domain
// and the dashboard read their lists from it. These first ones are carried by the edge's wire formats
// (routing values, click messages, conversion events) too.

export const ProgramStatus = ['draft', 'active', 'paused', 'archived'] as const;
export type ProgramStatus = (typeof ProgramStatus)[number];

export const EnrollmentStatus = ['pending', 'active', 'suspended', 'terminated', 'rejected'] as const;
export type EnrollmentStatus = (typeof EnrollmentStatus)[number];

export const ClickLinkForm = ['aff_path', 'click', 'short_link', 'client_side'] as const;
export type ClickLinkForm = (typeof ClickLinkForm)[number];

export const ClickRejectReason = [
  'unknown_code',
  'inactive_program',
  'inactive_enrollment',
  'geo_blocked',
  'cap_reached',
  'bot',
  'prefetch',
  'rate_limited',
  'invalid_target',
  // A code used on another advertiser's custom tracking domain.
  'foreign_domain',
  // Set by ingest, never by the edge: the advertiser is past its plan's monthly clicks plus the grace margin.
  'over_plan',
] as const;
export type ClickRejectReason = (typeof ClickRejectReason)[number];

export const ConversionEventType = ['lead', 'sale', 'rebill', 'refund', 'cancel'] as const;
export type ConversionEventType = (typeof ConversionEventType)[number];

export const PlatformRole = ['platform_owner', 'platform_admin', 'support', 'none'] as const;
export type PlatformRole = (typeof PlatformRole)[number];

export const Locale = ['en', 'ru'] as const;
export type Locale = (typeof Locale)[number];

export const MemberRole = ['owner', 'admin', 'finance'] as const;
export type MemberRole = (typeof MemberRole)[number];

export const OrganizationStatus = ['active', 'suspended', 'closed'] as const;
export type OrganizationStatus = (typeof OrganizationStatus)[number];

export const CustomDomainStatus = ['pending', 'active', 'failed'] as const;
export type CustomDomainStatus = (typeof CustomDomainStatus)[number];

/** What an advertiser's own hostname serves: its tracking links, its white-label portal, or both. */
export const CustomDomainPurpose = ['tracking', 'portal', 'both'] as const;
export type CustomDomainPurpose = (typeof CustomDomainPurpose)[number];

/**
 * What a custom_domains row is: an advertiser's own hostname (the purposes above), or `edition`, an
 * affiliate's branded-edition hostname held at Cloudflare for the advertiser whose app serves it.
 */
export const CustomDomainUse = [...CustomDomainPurpose, 'edition'] as const;
export type CustomDomainUse = (typeof CustomDomainUse)[number];

/**
 * An affiliate's branded edition of an advertiser's app: draft (being built), pending (submitted, waiting for
 * the advertiser), active (resolving), rejected (with a reason; may be edited and submitted again), suspended
 * (stops resolving; may be reinstated), deleted (gone for good; its host is free again).
 */
export const EditionStatus = ['draft', 'pending', 'active', 'rejected', 'suspended', 'deleted'] as const;
export type EditionStatus = (typeof EditionStatus)[number];

/** Where an edition lives: a subdomain of the app's base domain (live at once) or the affiliate's own hostname. */
export const EditionDomainKind = ['subdomain', 'custom'] as const;
export type EditionDomainKind = (typeof EditionDomainKind)[number];

/** The brand fields an advertiser lets its affiliates set on an edition. */
export const EditionBrandField = ['name', 'logo', 'favicon', 'colors'] as const;
export type EditionBrandField = (typeof EditionBrandField)[number];

/** How an edition's reward is computed: a percent of the sale or a fixed amount. */
export const EditionRewardType = ['percent', 'fixed'] as const;
export type EditionRewardType = (typeof EditionRewardType)[number];

export const AppStatus = ['active', 'disabled', 'archived'] as const;
export type AppStatus = (typeof AppStatus)[number];

/** cpc pays per accepted unique click, credited daily from the click rollups (docs/finance.md). */
export const PayoutModel = ['cpa', 'cpl', 'cps', 'revshare', 'cpc'] as const;
/** What a program's app is about, set by the advertiser; affiliates filter the marketplace by it. */
export const ProgramCategory = [
  'productivity',
  'marketing',
  'sales',
  'finance',
  'developer_tools',
  'design',
  'education',
  'ecommerce',
  'communication',
  'security',
  'health',
  'other',
] as const;
export type ProgramCategory = (typeof ProgramCategory)[number];

export type PayoutModel = (typeof PayoutModel)[number];

export const CommissionType = ['percent', 'fixed', 'hybrid'] as const;
export type CommissionType = (typeof CommissionType)[number];

export const AttributionRule = ['last_click', 'first_click'] as const;
export type AttributionRule = (typeof AttributionRule)[number];

export const ProgramVisibility = ['public', 'approval', 'invite_only'] as const;
export type ProgramVisibility = (typeof ProgramVisibility)[number];

/** What a program's leaderboard ranks its active affiliates by: leads and sales, their commission, or clicks. */
export const LeaderboardMetric = ['conversions', 'earnings', 'clicks'] as const;
export type LeaderboardMetric = (typeof LeaderboardMetric)[number];

/** The UTC days a leaderboard sums: today and the 6 or 29 before it, the calendar month so far, or ever. */
export const LeaderboardPeriod = ['last_7_days', 'last_30_days', 'this_month', 'all_time'] as const;
export type LeaderboardPeriod = (typeof LeaderboardPeriod)[number];

export const RecurringMode = ['none', 'months', 'lifetime'] as const;
export type RecurringMode = (typeof RecurringMode)[number];

/** banner: a fixed image; text_link: a line of text; template: an SVG banner rendered per affiliate at its sizes. */
export const CreativeKind = ['banner', 'text_link', 'template'] as const;
export type CreativeKind = (typeof CreativeKind)[number];

export const ClickStatus = ['accepted', 'rejected'] as const;
export type ClickStatus = (typeof ClickStatus)[number];

/**
 * What a conversion row records: an inbound event type, `click`, the daily credit of a CPC
 * enrollment's accepted unique clicks, which only the credit job writes (never an inbound path), or
 * `bonus`, a program workflow's award, which only the workflows write.
 */
export const RecordedEventType = [...ConversionEventType, 'click', 'bonus'] as const;
export type RecordedEventType = (typeof RecordedEventType)[number];

/**
 * Which path reported a conversion; `clicks` is the CPC credit job, reading the click rollups, and
 * `workflows` a program workflow's bonus.
 */
export const ConversionSource = [
  'api',
  'postback',
  'stripe',
  'clicks',
  'workflows',
  'paddle',
  'lemon_squeezy',
  'billing_webhook',
] as const;
export type ConversionSource = (typeof ConversionSource)[number];

/**
 * Where an enrollment's Stripe promotion code stands: pending (a change waits for the sync cron),
 * synced (Stripe has what the program and enrollment ask for), failed (the last attempt failed; retried later).
 */
export const StripeCodeStatus = ['pending', 'synced', 'failed'] as const;

/**
 * The conversion sources that push signed webhooks to an app's endpoint: the advertiser's own billing
 * (Stripe, Paddle Billing, Lemon Squeezy) and our generic signed shape for any other. Each is a folder of
 * workers/services/conversion-sources/ with one line in its registry.ts (docs/conversion-sources.md).
 */
export const WebhookSource = ['stripe', 'paddle', 'lemon_squeezy', 'generic'] as const;
export type WebhookSource = (typeof WebhookSource)[number];

/**
 * The webhook sources whose sealed secret is a billing_webhooks row (its provider column); Stripe's, older,
 * is a column of the app.
 */
export const SourceProvider = ['paddle', 'lemon_squeezy', 'generic'] as const satisfies readonly WebhookSource[];
export type SourceProvider = (typeof SourceProvider)[number];

export const ConversionStatus = ['pending', 'flagged', 'approved', 'rejected', 'reversed'] as const;
export type ConversionStatus = (typeof ConversionStatus)[number];

/**
 * What a cancellation did: ended the customer's recurring commissions, also voided the sale (a
 * cancellation inside the program's void window), or found no sale of that customer.
 */
export const CancelEffect = ['recurring_ended', 'sale_voided', 'not_found'] as const;
export type CancelEffect = (typeof CancelEffect)[number];

/** A payment dispute (chargeback) as our ledger follows it: open holds the lines, lost reverses them. */
export const DisputeStatus = ['open', 'won', 'lost'] as const;
export type DisputeStatus = (typeof DisputeStatus)[number];

/**
 * `clicks`: a CPC click credit, which belongs to the enrollment whose clicks it pays; `workflow`: a
 * program workflow's bonus, which belongs to the enrollment that crossed its threshold.
 */
/**
 * `imported`: a referred customer carried over from another affiliate product by an import; `edition`: a
 * conversion reported on an affiliate's branded edition (its id or host), which belongs to that affiliate.
 */
export const AttributionMethod = [
  'click_id',
  'coupon',
  'customer',
  'fingerprint',
  'clicks',
  'workflow',
  'imported',
  'edition',
] as const;
export type AttributionMethod = (typeof AttributionMethod)[number];

/** Why a conversion was flagged; stored in conversions.fraud_flags. */
export const FraudFlag = [
  'self_referral',
  'ip_velocity',
  'fast_conversion',
  'duplicate_order',
  'bot_click',
  'datacenter_ip',
] as const;
export type FraudFlag = (typeof FraudFlag)[number];

/** `disputed`: an unpaid line held while the customer's payment is disputed (a chargeback). */
export const CommissionStatus = [
  'pending',
  'approved',
  'disputed',
  'in_payout',
  'paid',
  'rejected',
  'reversed',
] as const;
export type CommissionStatus = (typeof CommissionStatus)[number];

/**
 * commission (earned by a conversion), adjustment (a negative correction after payout), bonus (a
 * program workflow's one-off award, on a conversion of type bonus of its own), opening_balance (an
 * unpaid commission carried over from another affiliate product by an import: no conversion, its
 * import item names where it came from; see docs/importing.md) or bounty (a bounty's fixed bonus:
 * no conversion, its bounty award names it; see docs/engagement.md).
 */
export const CommissionKind = ['commission', 'adjustment', 'bonus', 'opening_balance', 'bounty'] as const;
export type CommissionKind = (typeof CommissionKind)[number];

/**
 * A bounty's kind: performance (reach a target of sales, conversions or sale amount inside the
 * bounty's dates; evaluated by the hourly run) or submission (post a review, video or article: the
 * affiliate submits a URL, the advertiser approves or rejects it).
 */
export const BountyKind = ['performance', 'submission'] as const;
export type BountyKind = (typeof BountyKind)[number];

/**
 * What a performance bounty counts inside its dates: sales, conversions (leads and sales) or
 * sale_amount (the amounts the advertiser's app reported for sales and rebills, minor units of the
 * program's currency). Conversions neither flagged, rejected nor reversed.
 */
export const BountyMetric = ['sales', 'conversions', 'sale_amount'] as const;
export type BountyMetric = (typeof BountyMetric)[number];

/** pending (waiting for the advertiser), approved (it won the bounty) or rejected (with a reason; the affiliate may submit again). */
export const BountySubmissionStatus = ['pending', 'approved', 'rejected'] as const;
export type BountySubmissionStatus = (typeof BountySubmissionStatus)[number];

export const PayoutBatchStatus = [
  'proposed',
  'approved',
  'sending',
  'sent',
  'completed',
  'failed',
  'canceled',
] as const;
export type PayoutBatchStatus = (typeof PayoutBatchStatus)[number];

/** One PayPal call of a batch (a batch over PayPal's 15,000-item limit is sent in parts). */
export const PayoutPartStatus = ['pending', 'sending', 'sent', 'completed', 'failed'] as const;
export type PayoutPartStatus = (typeof PayoutPartStatus)[number];

/**
 * How a payout reaches an affiliate: a PayPal mass-payout item to their email, a Stripe Connect
 * transfer to their Express account (which pays out to their bank account or debit card), or an
 * external payment the advertiser makes in its own system and confirms (docs/payout-rails.md).
 */
export const PayoutRail = ['paypal', 'stripe', 'external', 'tremendous', 'wise'] as const;
export type PayoutRail = (typeof PayoutRail)[number];

/**
 * When the payout cron proposes a program's balances: daily (every morning, the default), manual (only finance's
 * "propose now"), monthly (on a day of the month) or threshold (an affiliate's balance in the program reaches an
 * amount). docs/finance.md#payout-schedules.
 */
export const PayoutScheduleKind = ['daily', 'manual', 'monthly', 'threshold'] as const;
export type PayoutScheduleKind = (typeof PayoutScheduleKind)[number];

/** `pending` plus PayPal's item transaction statuses, lower-cased. */
export const PayoutItemStatus = [
  'pending',
  'success',
  'failed',
  'unclaimed',
  'returned',
  'onhold',
  'blocked',
  'refunded',
  'reversed',
  'denied',
  'canceled',
] as const;
export type PayoutItemStatus = (typeof PayoutItemStatus)[number];

/** The events an affiliate's postback URL fires for. */
export const PostbackEventType = ['click', 'lead', 'sale', 'rejected'] as const;
export type PostbackEventType = (typeof PostbackEventType)[number];

export const PostbackDeliveryStatus = ['pending', 'retrying', 'success', 'failed'] as const;
export type PostbackDeliveryStatus = (typeof PostbackDeliveryStatus)[number];

export const NotificationChannel = ['email', 'telegram', 'in_app', 'webhook'] as const;
export type NotificationChannel = (typeof NotificationChannel)[number];

/** The channels a user chooses per event; webhooks are chosen per endpoint. */
export const UserNotificationChannel = ['email', 'telegram', 'in_app'] as const;
export type UserNotificationChannel = (typeof UserNotificationChannel)[number];

export const NotificationEvent = [
  'conversion',
  'rejection',
  'cancellation',
  'low_balance',
  'payout',
  'postback_error',
  // A custom domain became active, or Cloudflare failed its verification.
  'custom_domain',
  'plan_limit_warning',
  'billing_payment_failed',
  'webhook_disabled',
  // The platform approved or rejected the account as an affiliate (data.decision).
  'affiliate_review',
  // The advertiser moved the affiliate to another partner group of a program (data: the group and its terms).
  'group_change',
  // A program workflow fired for the affiliate: a bonus and/or the advertiser's message (data.messages per locale).
  'workflow',
  // A bounty: the affiliate's submission was approved or rejected (with the reason), or the bounty was won (data.outcome).
  'bounty',
  // A branded edition: the affiliate is told of the advertiser's decisions (data.change approved, rejected,
  // suspended, reinstated, deleted), the advertiser's staff of submissions (data.change submitted); the app's
  // webhook endpoints hear each (data.type edition.updated or edition.deleted) to refresh their cache.
  'edition',
  // A new message in the thread between an advertiser and an affiliate (data: the thread, the author's side and name).
  'message',
  // The advertiser approved the affiliate's application to a program, by hand or by an auto-approval rule (data: the program).
  'program_approved',
] as const;
export type NotificationEvent = (typeof NotificationEvent)[number];

/**
 * Where an affiliate account stands with the platform: waiting, approved (may apply in the
 * marketplace) or rejected. Derived from users.approved_affiliate and affiliate_reviewed_at.
 */
export const AffiliateReviewStatus = ['pending', 'approved', 'rejected'] as const;
export type AffiliateReviewStatus = (typeof AffiliateReviewStatus)[number];

export const NotificationStatus = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NotificationStatus)[number];

/** The plans every install is seeded with; the platform owner may add others (any slug). */
export const PlanCode = ['starter', 'pro', 'business', 'enterprise'] as const;
export type PlanCode = (typeof PlanCode)[number];

export const BillingPeriod = ['monthly', 'yearly'] as const;
export type BillingPeriod = (typeof BillingPeriod)[number];

/** An organization's Stripe subscription: none yet, paid up, a payment failed (grace), or ended. */
export const OrgSubscriptionStatus = ['none', 'active', 'past_due', 'canceled'] as const;
export type OrgSubscriptionStatus = (typeof OrgSubscriptionStatus)[number];

/** Invitations carry their own token (the invitee may have no user row yet), so no `invitation` here. */
export const AuthTokenContext = ['email_verify', 'password_reset', 'paypal_email_verify', 'paypal_email_undo'] as const;
export type AuthTokenContext = (typeof AuthTokenContext)[number];

/** `rotated` is the normal case; presenting a rotated token again is reuse and revokes its family. */
export const RefreshTokenRevokeReason = [
  'rotated',
  'logout',
  'logout_all',
  'reuse_detected',
  'password_reset',
  'admin',
] as const;
export type RefreshTokenRevokeReason = (typeof RefreshTokenRevokeReason)[number];

export const EmailStatus = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EmailStatus)[number];

/** Durable, exact attempt counters (logs.rate_limit_hits); their limits live in workers/domain/rate-limit.ts. */
export const RateLimitBucket = [
  'login_failure',
  'two_factor_failure',
  'password_failure',
  'password_reset',
  'verification_resend',
  'signup',
] as const;
export type RateLimitBucket = (typeof RateLimitBucket)[number];

/** What accepting a registration link does: approve the enrollment at once, or queue it as pending for review. */
export const JoinApproval = ['approve', 'review'] as const;
export type JoinApproval = (typeof JoinApproval)[number];
/** Notification events a webhook endpoint may subscribe to: all but the endpoint's own disabling. */
/** Events about the webhook itself, or about the account on the platform rather than an advertiser's business. */
/** Messages too: a private conversation is a person's, not a business event to forward to endpoints. */
type NotWebhookEvent = 'webhook_disabled' | 'affiliate_review' | 'message';
export const WebhookEvent = NotificationEvent.filter(
  (e): e is Exclude<NotificationEvent, NotWebhookEvent> =>
    e !== 'webhook_disabled' && e !== 'affiliate_review' && e !== 'message',
);
export type WebhookEvent = Exclude<NotificationEvent, NotWebhookEvent>;

/** pending (not tried yet), retrying (failed, will retry), success (2xx) or failed (gave up). */
export const WebhookDeliveryStatus = ['pending', 'retrying', 'success', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[number];

/**
 * Every action the audit log records (logs.audit_log.action). recordAudit takes only these, so the
 * dashboard's EN/RU label of each is checked against this one list. Self-service preferences
 * (language, notification choices) are not here: they change nothing anyone else relies on.
 */
export const AuditAction = [
  'affiliate.note_added',
  'affiliate.note_deleted',
  'affiliate.recruited',
  'affiliate.tag_added',
  'affiliate.tag_removed',
  'announcement.deleted',
  'announcement.published',
  'campaign.activated',
  'campaign.cancelled',
  'campaign.created',
  'campaign.deleted',
  'campaign.scheduled',
  'campaign.sent',
  'campaign.updated',
  'api_key.created',
  'api_key.revoked',
  'api_key.rotated',
  'application_form.updated',
  'app.created',
  'app.edition_settings_updated',
  'app.user_joined',
  'app.deleted',
  'app.billing_webhook_removed',
  'app.billing_webhook_set',
  'app.stripe_discount_key_removed',
  'app.stripe_discount_key_set',
  'app.stripe_webhook_removed',
  'app.stripe_webhook_set',
  'app.updated',
  'balance.forfeited',
  'billing.checkout_started',
  'bounty.awarded',
  'bounty.created',
  'bounty.deleted',
  'bounty.submission_approved',
  'bounty.submission_rejected',
  'bounty.updated',
  'billing.plan_changed',
  'billing.portal_opened',
  'billing.subscription_changed',
  'conversion.approved',
  'conversion.rejected',
  'conversion.rejected_by_postback',
  'creative.created',
  'creative.deleted',
  'creative.image_uploaded',
  'creative.updated',
  'dead_letter.replay',
  'domain.added',
  'domain.deleted',
  'domain.released',
  'domain.reverified',
  'edition.approved',
  'edition.changed',
  'edition.deleted',
  'edition.domain_released',
  'edition.reinstated',
  'edition.rejected',
  'edition.suspended',
  'enrollment.applied',
  'enrollment.approved',
  'enrollment.auto_approved',
  'enrollment.group_changed',
  'enrollment.joined',
  'enrollment.reactivated',
  'enrollment.rejected',
  'enrollment.suspended',
  'enrollment.terminated',
  'enrollment.updated',
  'import.created',
  'import.run',
  'invitation.created',
  'invitation.revoked',
  'invitation.declined',
  'member.joined',
  'member.left',
  'member.removed',
  'member.role_changed',
  'org_auto_approval.updated',
  'org_paypal.connected',
  'org_paypal.disconnected',
  'org_paypal.replaced',
  'org_rail_fees.updated',
  'org_stripe.connected',
  'org_stripe.disconnected',
  'org_stripe.replaced',
  'org_tremendous.connected',
  'org_tremendous.disconnected',
  'org_tremendous.replaced',
  'org_wise.connected',
  'org_wise.disconnected',
  'org_wise.replaced',
  'organization.brand_image_uploaded',
  'organization.created',
  'organization.plan_changed',
  'organization.two_factor_requirement_changed',
  'organization.updated',
  'organization.brand_updated',
  'payout_method.changed',
  'payout_method.wise_recipient_saved',
  'payout_batch.approved',
  'payout_batch.auto_approved',
  'payout_batch.canceled',
  'payout_batch.extended',
  'payout_batch.item_excluded',
  'payout_batch.proposed',
  'payout_batch.sent',
  'payout_item.external_failed',
  'payout_item.external_paid',
  'payout_minimum.updated',
  'plan.archived',
  'plan.created',
  'plan.restored',
  'plan.updated',
  'platform.settings_updated',
  'postback_delivery.replay',
  'program.activated',
  'program.archived',
  'program.auto_approval_updated',
  'program.created',
  'program.deleted',
  'program.onboarding_path_updated',
  'program.landing_page_published',
  'program.paused',
  'program.payout_schedule_updated',
  'program.postback_secret_rotated',
  'program.postback_secret_set',
  'program.resumed',
  'program.terms_published',
  'program.updated',
  'program_group.created',
  'program_group.deleted',
  'program_group.updated',
  'registration_link.created',
  'registration_link.revoked',
  'registration_link.used',
  'session.reuse_detected',
  'support_access.granted',
  'support_access.revoked',
  'support_access.thread_read',
  'message.edited',
  'message.deleted',
  'tax_form.signed',
  'tax_settings.updated',
  'form_1099.exported',
  'form_1099.emailed',
  'form_1099_threshold.set',
  'vat_id.checked',
  'telegram.link',
  'telegram.unlink',
  'user.identity_linked',
  'user.identity_unlinked',
  'user.signed_in_with_provider',
  'user.2fa_disabled',
  'user.2fa_enabled',
  'user.affiliate_approved',
  'user.affiliate_rejected',
  'user.banned',
  'user.deleted',
  'user.password_changed',
  'user.password_reset',
  'user.paypal_email_changed',
  'user.paypal_email_verification_resent',
  'user.paypal_email_verified',
  'user.paypal_email_restored',
  'user.profile_updated',
  'user.recovery_codes_regenerated',
  'user.signed_up',
  'user.unbanned',
  'webhook_endpoint.created',
  'webhook_endpoint.deleted',
  'webhook_endpoint.secret_rotated',
  'webhook_endpoint.updated',
  'workflow.created',
  'workflow.deleted',
  'workflow.fired',
  'workflow.updated',
] as const;
export type AuditAction = (typeof AuditAction)[number];

/** The colours a partner group may wear (Mantine palette names, so they pass contrast in both schemes). */
export const GroupColor = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
] as const;
export type GroupColor = (typeof GroupColor)[number];

/** What a program workflow watches in an enrollment's totals (the reward rules' affiliate metrics). */
export const WorkflowMetric = ['sales', 'conversions', 'revenue_minor', 'commission_minor'] as const;
export type WorkflowMetric = (typeof WorkflowMetric)[number];

/** gte: the total reached the threshold (the way up); lt: it fell below it, e.g. no sale in 90 days (the way down). */
export const WorkflowOp = ['gte', 'lt'] as const;
export type WorkflowOp = (typeof WorkflowOp)[number];

/** Where an import reads from: our documented CSV files, or another affiliate product's REST API. */
export const ImportSource = ['csv', 'rewardful', 'firstpromoter', 'tolt', 'partnerstack'] as const;
export type ImportSource = (typeof ImportSource)[number];

/**
 * How a csv import's files are laid out: ours (docs/importing.md "CSV"), or the CSV exports of the
 * product the advertiser leaves, read column by column into the same records.
 */
export const ImportCsvFormat = ['ours', 'rewardful', 'firstpromoter', 'tolt', 'partnerstack'] as const;
export type ImportCsvFormat = (typeof ImportCsvFormat)[number];

/**
 * An import job's stage: fetching (reading the source a page at a time), planning (the dry run:
 * deciding create, skip or conflict per record), planned (the dry-run report waits for the
 * advertiser), applying (the run, a chunk at a time), completed, or failed (the source refused).
 */
export const ImportStatus = ['fetching', 'planning', 'planned', 'applying', 'completed', 'failed'] as const;
export type ImportStatus = (typeof ImportStatus)[number];

/** What an import record is: an affiliate, a referred customer, an unpaid commission or a paid one. */
export const ImportItemKind = ['affiliate', 'customer', 'balance', 'payment'] as const;
export type ImportItemKind = (typeof ImportItemKind)[number];

/** The dry run's verdict on a record. */
export const ImportOutcome = ['create', 'skip', 'conflict'] as const;
export type ImportOutcome = (typeof ImportOutcome)[number];

/**
 * A campaign's life: a draft is edited; scheduled waits for its time; sending is expanded into recipients
 * and delivered a chunk at a time; sent is done. A triggered campaign is active (its trigger fires) until
 * cancelled. Moves are in workers/domain/campaign-status.ts.
 */
export const CampaignStatus = ['draft', 'scheduled', 'sending', 'sent', 'active', 'cancelled'] as const;
export type CampaignStatus = (typeof CampaignStatus)[number];

/** What fires a triggered campaign for one affiliate: approval, N days in without a click, the first conversion. */
export const CampaignTrigger = ['approved', 'no_click', 'first_conversion'] as const;
export type CampaignTrigger = (typeof CampaignTrigger)[number];

/** marketing honours the affiliate's unsubscribe; transactional (terms, payouts) is always emailed. */
export const CampaignCategory = ['marketing', 'transactional'] as const;
export type CampaignCategory = (typeof CampaignCategory)[number];

/**
 * One recipient's delivery: queued (expanded, not delivered yet), sent (in-app shown and the email in the
 * outbox), skipped_unsubscribed (in-app only: the affiliate unsubscribed from marketing email), failed (no
 * email could be written: the account has no address).
 */
export const CampaignDeliveryState = ['queued', 'sent', 'skipped_unsubscribed', 'failed'] as const;
export type CampaignDeliveryState = (typeof CampaignDeliveryState)[number];
/** Outside sign-in providers: Google through OpenID Connect, GitHub through OAuth 2 (docs/accounts.md). */
export const IdentityProvider = ['google', 'github'] as const;
export type IdentityProvider = (typeof IdentityProvider)[number];

/** Which side of a thread wrote a message: the advertiser's team or the affiliate. */
export const MessageSide = ['advertiser', 'affiliate'] as const;
export type MessageSide = (typeof MessageSide)[number];

/** The image types a message may carry: the banner types (never SVG). */
export const MessageAttachmentType = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type MessageAttachmentType = (typeof MessageAttachmentType)[number];
/** IRS forms an affiliate signs: W-9 (US persons), W-8BEN (foreign individuals), W-8BEN-E (foreign entities). */
export const TaxFormKind = ['w9', 'w8ben', 'w8bene'] as const;
export type TaxFormKind = (typeof TaxFormKind)[number];

/** A signed form is valid until a newer one replaces it (superseded). */
export const TaxFormStatus = ['valid', 'superseded'] as const;
export type TaxFormStatus = (typeof TaxFormStatus)[number];

/** W-9 line 3a: the federal tax classification. */
export const TaxClassification = [
  'individual',
  'c_corporation',
  's_corporation',
  'partnership',
  'trust_estate',
  'llc_c',
  'llc_s',
  'llc_p',
  'other',
] as const;
export type TaxClassification = (typeof TaxClassification)[number];

/** When an advertiser asks for a tax form before paying: always, above a yearly amount, or never. */
export const TaxFormRequirement = ['always', 'above_amount', 'never'] as const;
export type TaxFormRequirement = (typeof TaxFormRequirement)[number];

/** A self-billing document: the invoice of a paid payout item, or the credit note that cancels it. */
export const InvoiceKind = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof InvoiceKind)[number];
