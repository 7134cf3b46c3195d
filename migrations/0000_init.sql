CREATE SCHEMA "affiliate";
--> statement-breakpoint
CREATE SCHEMA "logs";
--> statement-breakpoint
CREATE TABLE "affiliate"."users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"first_name" text,
	"last_name" text,
	"hashed_password" text,
	"password_hash_params" text,
	"identities" jsonb,
	"avatar_url" text,
	"last_login" timestamp with time zone,
	"last_ip" "inet",
	"last_password_reset" timestamp with time zone,
	"logins_count" integer DEFAULT 0 NOT NULL,
	"approved_affiliate" boolean DEFAULT false NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"banned" boolean DEFAULT false NOT NULL,
	"blocked" boolean DEFAULT false NOT NULL,
	"confirmed_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"platform_role" text DEFAULT 'none' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"paypal_email" text,
	"postback_url_template" text,
	"postback_enabled" boolean DEFAULT false NOT NULL,
	"telegram_chat_id" text,
	"notification_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"referred_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lower_check" CHECK ("affiliate"."users"."email" = lower("affiliate"."users"."email")),
	CONSTRAINT "users_platform_role_check" CHECK ("affiliate"."users"."platform_role" IN ('platform_owner', 'platform_admin', 'support', 'none')),
	CONSTRAINT "users_locale_check" CHECK ("affiliate"."users"."locale" IN ('en', 'ru'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."auth_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"context" text NOT NULL,
	"token_hash" text NOT NULL,
	"sent_to" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_tokens_context_token_hash_unique" UNIQUE("context","token_hash"),
	CONSTRAINT "auth_tokens_context_check" CHECK ("affiliate"."auth_tokens"."context" IN ('email_verify', 'password_reset'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."refresh_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"replaced_by_id" uuid,
	"device_info" text,
	"ip" "inet",
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "refresh_tokens_revoked_reason_check" CHECK ("affiliate"."refresh_tokens"."revoked_reason" IN ('rotated', 'logout', 'logout_all', 'reuse_detected', 'password_reset', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."totp_recovery_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "totp_recovery_codes_user_id_code_hash_unique" UNIQUE("user_id","code_hash")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"monthly_price_minor" bigint NOT NULL,
	"yearly_price_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"max_clicks_monthly" bigint,
	"max_programs" integer,
	"max_affiliates" integer,
	"white_label" boolean DEFAULT false NOT NULL,
	"custom_domains" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code"),
	CONSTRAINT "plans_code_check" CHECK ("affiliate"."plans"."code" IN ('starter', 'pro', 'business', 'enterprise')),
	CONSTRAINT "plans_prices_check" CHECK ("affiliate"."plans"."monthly_price_minor" >= 0 AND "affiliate"."plans"."yearly_price_minor" >= 0),
	CONSTRAINT "plans_custom_domains_check" CHECK ("affiliate"."plans"."custom_domains" >= 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"plan_id" uuid NOT NULL,
	"billing_period" text DEFAULT 'monthly' NOT NULL,
	"branding" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"custom_domain" text,
	"custom_domain_status" text,
	"custom_hostname_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organizations_custom_domain_unique" UNIQUE("custom_domain"),
	CONSTRAINT "organizations_status_check" CHECK ("affiliate"."organizations"."status" IN ('active', 'suspended', 'closed')),
	CONSTRAINT "organizations_billing_period_check" CHECK ("affiliate"."organizations"."billing_period" IN ('monthly', 'yearly')),
	CONSTRAINT "organizations_custom_domain_status_check" CHECK ("affiliate"."organizations"."custom_domain_status" IN ('pending', 'active', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organization_id_unique" UNIQUE("user_id","organization_id"),
	CONSTRAINT "memberships_role_check" CHECK ("affiliate"."memberships"."role" IN ('owner', 'admin', 'finance'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text,
	"program_id" uuid,
	"token_hash" text NOT NULL,
	"invited_by_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_role_check" CHECK ("affiliate"."invitations"."role" IN ('owner', 'admin', 'finance')),
	CONSTRAINT "invitations_target_check" CHECK (num_nonnulls("affiliate"."invitations"."role", "affiliate"."invitations"."program_id") = 1),
	CONSTRAINT "invitations_email_lower_check" CHECK ("affiliate"."invitations"."email" = lower("affiliate"."invitations"."email"))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."apps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"site_url" text NOT NULL,
	"allowed_domains" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apps_status_check" CHECK ("affiliate"."apps"."status" IN ('active', 'disabled', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."api_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"last4" text NOT NULL,
	"signing_secret_encrypted" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."programs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text DEFAULT 'approval' NOT NULL,
	"payout_model" text NOT NULL,
	"commission_type" text NOT NULL,
	"commission_rate_bps" integer,
	"commission_fixed_minor" bigint,
	"revenue_minor" bigint,
	"currency" char(3) NOT NULL,
	"recurring_mode" text DEFAULT 'none' NOT NULL,
	"recurring_months" integer,
	"recurring_rate_bps" integer,
	"multi_level_rates_bps" integer[] DEFAULT '{1000,300,100}' NOT NULL,
	"hold_days" integer DEFAULT 30 NOT NULL,
	"cookie_days" integer DEFAULT 30 NOT NULL,
	"attribution_rule" text DEFAULT 'last_click' NOT NULL,
	"landing_url" text NOT NULL,
	"landing_urls" text[] DEFAULT '{}' NOT NULL,
	"allowed_domains" text[] DEFAULT '{}' NOT NULL,
	"fallback_url" text,
	"geo_allow" text[] DEFAULT '{}' NOT NULL,
	"geo_deny" text[] DEFAULT '{}' NOT NULL,
	"cap_clicks_daily" integer,
	"cap_clicks_total" integer,
	"cap_conversions_daily" integer,
	"cap_conversions_total" integer,
	"payout_min_minor" bigint DEFAULT 10000 NOT NULL,
	"fraud_max_conversions_per_ip_hour" integer DEFAULT 10 NOT NULL,
	"fraud_min_seconds_after_click" integer DEFAULT 10 NOT NULL,
	"postback_secret_hash" text,
	"onboarding_brief" text,
	"goals" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_organization_id_slug_unique" UNIQUE("organization_id","slug"),
	CONSTRAINT "programs_status_check" CHECK ("affiliate"."programs"."status" IN ('draft', 'active', 'paused', 'archived')),
	CONSTRAINT "programs_visibility_check" CHECK ("affiliate"."programs"."visibility" IN ('public', 'approval', 'invite_only')),
	CONSTRAINT "programs_payout_model_check" CHECK ("affiliate"."programs"."payout_model" IN ('cpa', 'cpl', 'cps', 'revshare')),
	CONSTRAINT "programs_commission_type_check" CHECK ("affiliate"."programs"."commission_type" IN ('percent', 'fixed', 'hybrid')),
	CONSTRAINT "programs_recurring_mode_check" CHECK ("affiliate"."programs"."recurring_mode" IN ('none', 'months', 'lifetime')),
	CONSTRAINT "programs_attribution_rule_check" CHECK ("affiliate"."programs"."attribution_rule" IN ('last_click', 'first_click')),
	CONSTRAINT "programs_commission_rate_bps_check" CHECK ("affiliate"."programs"."commission_rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "programs_recurring_rate_bps_check" CHECK ("affiliate"."programs"."recurring_rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "programs_multi_level_rates_bps_check" CHECK (cardinality("affiliate"."programs"."multi_level_rates_bps") <= 3 AND 0 <= ALL("affiliate"."programs"."multi_level_rates_bps") AND 10000 >= ALL("affiliate"."programs"."multi_level_rates_bps")),
	CONSTRAINT "programs_commission_shape_check" CHECK (("affiliate"."programs"."commission_type" NOT IN ('percent', 'hybrid') OR "affiliate"."programs"."commission_rate_bps" IS NOT NULL) AND ("affiliate"."programs"."commission_type" NOT IN ('fixed', 'hybrid') OR "affiliate"."programs"."commission_fixed_minor" IS NOT NULL)),
	CONSTRAINT "programs_recurring_months_check" CHECK ("affiliate"."programs"."recurring_mode" <> 'months' OR "affiliate"."programs"."recurring_months" > 0),
	CONSTRAINT "programs_amounts_check" CHECK ("affiliate"."programs"."commission_fixed_minor" >= 0 AND "affiliate"."programs"."revenue_minor" >= 0 AND "affiliate"."programs"."payout_min_minor" >= 0),
	CONSTRAINT "programs_days_check" CHECK ("affiliate"."programs"."hold_days" >= 0 AND "affiliate"."programs"."cookie_days" >= 0),
	CONSTRAINT "programs_caps_check" CHECK ("affiliate"."programs"."cap_clicks_daily" >= 0 AND "affiliate"."programs"."cap_clicks_total" >= 0 AND "affiliate"."programs"."cap_conversions_daily" >= 0 AND "affiliate"."programs"."cap_conversions_total" >= 0),
	CONSTRAINT "programs_fraud_thresholds_check" CHECK ("affiliate"."programs"."fraud_max_conversions_per_ip_hour" > 0 AND "affiliate"."programs"."fraud_min_seconds_after_click" >= 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."enrollments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"ref_code" text NOT NULL,
	"coupon_code" text,
	"rate_override_bps" integer,
	"fixed_override_minor" bigint,
	"hold_days_override" integer,
	"status_reason" text,
	"applied_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"decided_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrollments_program_id_affiliate_id_unique" UNIQUE("program_id","affiliate_id"),
	CONSTRAINT "enrollments_ref_code_unique" UNIQUE("ref_code"),
	CONSTRAINT "enrollments_program_id_coupon_code_unique" UNIQUE("program_id","coupon_code"),
	CONSTRAINT "enrollments_status_check" CHECK ("affiliate"."enrollments"."status" IN ('pending', 'active', 'suspended', 'terminated', 'rejected')),
	CONSTRAINT "enrollments_rate_override_bps_check" CHECK ("affiliate"."enrollments"."rate_override_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "enrollments_overrides_check" CHECK ("affiliate"."enrollments"."fixed_override_minor" >= 0 AND "affiliate"."enrollments"."hold_days_override" >= 0),
	CONSTRAINT "enrollments_coupon_code_upper_check" CHECK ("affiliate"."enrollments"."coupon_code" = upper("affiliate"."enrollments"."coupon_code"))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"name" text NOT NULL,
	"landing_url" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "links_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."creatives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"image_url" text,
	"width" integer,
	"height" integer,
	"body" text,
	"target_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "creatives_kind_check" CHECK ("affiliate"."creatives"."kind" IN ('banner', 'text_link')),
	CONSTRAINT "creatives_content_check" CHECK (("affiliate"."creatives"."kind" <> 'banner' OR "affiliate"."creatives"."image_url" IS NOT NULL) AND ("affiliate"."creatives"."kind" <> 'text_link' OR "affiliate"."creatives"."body" IS NOT NULL)),
	CONSTRAINT "creatives_size_check" CHECK ("affiliate"."creatives"."width" > 0 AND "affiliate"."creatives"."height" > 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."clicks" (
	"id" uuid NOT NULL,
	"clicked_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"link_form" text NOT NULL,
	"code" text,
	"status" text NOT NULL,
	"reject_reason" text,
	"organization_id" uuid,
	"app_id" uuid,
	"program_id" uuid,
	"enrollment_id" uuid,
	"affiliate_id" uuid,
	"link_id" uuid,
	"ip" "inet",
	"user_agent" text,
	"referrer" text,
	"country" char(2),
	"region" text,
	"city" text,
	"asn" integer,
	"device_type" text,
	"os" text,
	"browser" text,
	"fingerprint" text,
	"sub1" text,
	"sub2" text,
	"sub3" text,
	"sub4" text,
	"sub5" text,
	"sub6" text,
	"sub7" text,
	"sub8" text,
	"sub9" text,
	"sub10" text,
	"landing_url" text,
	"is_unique" boolean DEFAULT false NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	CONSTRAINT "clicks_pkey" PRIMARY KEY("id","clicked_at"),
	CONSTRAINT "clicks_link_form_check" CHECK ("affiliate"."clicks"."link_form" IN ('aff_path', 'click', 'short_link')),
	CONSTRAINT "clicks_status_check" CHECK ("affiliate"."clicks"."status" IN ('accepted', 'rejected')),
	CONSTRAINT "clicks_reject_reason_check" CHECK ("affiliate"."clicks"."reject_reason" IN ('unknown_code', 'inactive_program', 'inactive_enrollment', 'geo_blocked', 'cap_reached', 'bot', 'prefetch', 'rate_limited', 'invalid_target')),
	CONSTRAINT "clicks_reject_reason_status_check" CHECK (("affiliate"."clicks"."status" = 'rejected') = ("affiliate"."clicks"."reject_reason" IS NOT NULL))
) PARTITION BY RANGE ("clicked_at");
--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express partitioning): monthly partitions of affiliate.clicks,
-- bounded on UTC month starts whatever the session time zone. Idempotent; the cron calls it ahead
-- of time so rows never land in the default partition (a partition cannot be created for a range
-- the default partition already holds rows of).
CREATE OR REPLACE FUNCTION "affiliate"."ensure_click_partitions"(from_month date, months int)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  first_month date := date_trunc('month', from_month)::date;
  month_start date;
BEGIN
  FOR i IN 0 .. months - 1 LOOP
    month_start := (first_month + make_interval(months => i))::date;
    EXECUTE format(
      'CREATE TABLE IF NOT EXISTS affiliate.%I PARTITION OF affiliate.clicks FOR VALUES FROM (%L) TO (%L)',
      'clicks_y' || to_char(month_start, 'YYYY') || 'm' || to_char(month_start, 'MM'),
      month_start::timestamp AT TIME ZONE 'UTC',
      (month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC'
    );
  END LOOP;
END;
$$;
--> statement-breakpoint
-- From 12 months ago through 3 months ahead.
SELECT "affiliate"."ensure_click_partitions"((date_trunc('month', now() AT TIME ZONE 'UTC') - interval '12 months')::date, 16);
--> statement-breakpoint
-- Safety net for clicks outside the prepared months (e.g. the partition cron did not run); should stay empty.
CREATE TABLE IF NOT EXISTS "affiliate"."clicks_default" PARTITION OF "affiliate"."clicks" DEFAULT;
--> statement-breakpoint
CREATE TABLE "affiliate"."click_stats_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"country" char(2) DEFAULT 'ZZ' NOT NULL,
	"device_type" text DEFAULT 'unknown' NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"rejected_clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "click_stats_hourly_pkey" PRIMARY KEY("hour","program_id","enrollment_id","country","device_type")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."referred_customers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"external_customer_id" text NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"first_click_id" uuid,
	"attributed_at" timestamp with time zone NOT NULL,
	"attribution_method" text NOT NULL,
	"coupon_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referred_customers_app_id_external_customer_id_unique" UNIQUE("app_id","external_customer_id"),
	CONSTRAINT "referred_customers_attribution_method_check" CHECK ("affiliate"."referred_customers"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."conversions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid,
	"enrollment_id" uuid,
	"affiliate_id" uuid,
	"click_id" uuid,
	"referred_customer_id" uuid,
	"external_customer_id" text,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"order_id" text,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attribution_method" text,
	"reject_reason" text,
	"fraud_flags" text[] DEFAULT '{}' NOT NULL,
	"ip" "inet",
	"user_agent" text,
	"fingerprint" text,
	"coupon_code" text,
	"parent_conversion_id" uuid,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"metadata" jsonb,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversions_app_id_event_id_unique" UNIQUE("app_id","event_id"),
	CONSTRAINT "conversions_event_type_check" CHECK ("affiliate"."conversions"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel')),
	CONSTRAINT "conversions_status_check" CHECK ("affiliate"."conversions"."status" IN ('pending', 'flagged', 'approved', 'rejected', 'reversed')),
	CONSTRAINT "conversions_attribution_method_check" CHECK ("affiliate"."conversions"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint')),
	CONSTRAINT "conversions_fraud_flags_check" CHECK ("affiliate"."conversions"."fraud_flags" <@ ARRAY['self_referral', 'ip_velocity', 'fast_conversion', 'duplicate_order', 'bot_click', 'datacenter_ip']::text[]),
	CONSTRAINT "conversions_amount_minor_check" CHECK ("affiliate"."conversions"."amount_minor" >= 0),
	CONSTRAINT "conversions_attribution_check" CHECK (num_nonnulls("affiliate"."conversions"."enrollment_id", "affiliate"."conversions"."affiliate_id", "affiliate"."conversions"."attribution_method") IN (0, 3) AND ("affiliate"."conversions"."enrollment_id" IS NULL OR "affiliate"."conversions"."program_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."commissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversion_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"enrollment_id" uuid,
	"level" smallint DEFAULT 0 NOT NULL,
	"kind" text DEFAULT 'commission' NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"rate_bps" integer,
	"status" text DEFAULT 'pending' NOT NULL,
	"hold_until" timestamp with time zone NOT NULL,
	"approved_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"reversed_at" timestamp with time zone,
	"reason" text,
	"reverses_commission_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissions_conversion_id_beneficiary_id_level_kind_unique" UNIQUE("conversion_id","beneficiary_id","level","kind"),
	CONSTRAINT "commissions_kind_check" CHECK ("affiliate"."commissions"."kind" IN ('commission', 'adjustment')),
	CONSTRAINT "commissions_status_check" CHECK ("affiliate"."commissions"."status" IN ('pending', 'approved', 'in_payout', 'paid', 'rejected', 'reversed')),
	CONSTRAINT "commissions_rate_bps_check" CHECK ("affiliate"."commissions"."rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "commissions_level_check" CHECK ("affiliate"."commissions"."level" BETWEEN 0 AND 3),
	CONSTRAINT "commissions_amount_minor_check" CHECK ("affiliate"."commissions"."amount_minor" >= 0 OR "affiliate"."commissions"."kind" = 'adjustment')
);
--> statement-breakpoint
CREATE TABLE "affiliate"."payout_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"total_minor" bigint NOT NULL,
	"item_count" integer NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by_id" uuid,
	"approved_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"paypal_batch_id" text,
	"paypal_status" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_batches_paypal_batch_id_unique" UNIQUE("paypal_batch_id"),
	CONSTRAINT "payout_batches_status_check" CHECK ("affiliate"."payout_batches"."status" IN ('proposed', 'approved', 'sending', 'sent', 'completed', 'failed', 'canceled')),
	CONSTRAINT "payout_batches_totals_check" CHECK ("affiliate"."payout_batches"."total_minor" >= 0 AND "affiliate"."payout_batches"."item_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."payout_item_commissions" (
	"payout_item_id" uuid NOT NULL,
	"commission_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate"."payout_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"receiver_email" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"paypal_item_id" text,
	"paypal_transaction_id" text,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_items_batch_id_affiliate_id_currency_unique" UNIQUE("batch_id","affiliate_id","currency"),
	CONSTRAINT "payout_items_paypal_item_id_unique" UNIQUE("paypal_item_id"),
	CONSTRAINT "payout_items_status_check" CHECK ("affiliate"."payout_items"."status" IN ('pending', 'success', 'failed', 'unclaimed', 'returned', 'onhold', 'blocked', 'refunded', 'reversed', 'denied', 'canceled')),
	CONSTRAINT "payout_items_amount_minor_check" CHECK ("affiliate"."payout_items"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "logs"."postback_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"conversion_id" uuid,
	"click_id" uuid,
	"event_type" text NOT NULL,
	"event_key" text NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_status_code" integer,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "postback_deliveries_event_unique" UNIQUE("affiliate_id","event_type","event_key"),
	CONSTRAINT "postback_deliveries_event_type_check" CHECK ("logs"."postback_deliveries"."event_type" IN ('click', 'lead', 'sale', 'rejected')),
	CONSTRAINT "postback_deliveries_status_check" CHECK ("logs"."postback_deliveries"."status" IN ('pending', 'retrying', 'success', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."webhook_endpoints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"url" text NOT NULL,
	"secret_encrypted" text NOT NULL,
	"events" text[] DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error']::text[])
);
--> statement-breakpoint
CREATE TABLE "affiliate"."notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"channel" text NOT NULL,
	"event" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"data" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"dedupe_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "notifications_channel_check" CHECK ("affiliate"."notifications"."channel" IN ('email', 'telegram', 'in_app', 'webhook')),
	CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error')),
	CONSTRAINT "notifications_status_check" CHECK ("affiliate"."notifications"."status" IN ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "logs"."audit_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"organization_id" uuid,
	"ip" "inet",
	"user_agent" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logs"."email_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"template" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"provider_message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_outbox_status_check" CHECK ("logs"."email_outbox"."status" IN ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "logs"."dead_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"message_id" text NOT NULL,
	"body" jsonb NOT NULL,
	"reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replayed_at" timestamp with time zone,
	"replayed_by_id" uuid,
	CONSTRAINT "dead_letters_queue_message_id_unique" UNIQUE("queue","message_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD CONSTRAINT "users_referred_by_id_users_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_replaced_by_id_refresh_tokens_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "affiliate"."refresh_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."totp_recovery_codes" ADD CONSTRAINT "totp_recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."organizations" ADD CONSTRAINT "organizations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "affiliate"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."invitations" ADD CONSTRAINT "invitations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."invitations" ADD CONSTRAINT "invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."apps" ADD CONSTRAINT "apps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."api_keys" ADD CONSTRAINT "api_keys_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."api_keys" ADD CONSTRAINT "api_keys_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD CONSTRAINT "enrollments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD CONSTRAINT "enrollments_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD CONSTRAINT "enrollments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD CONSTRAINT "enrollments_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."links" ADD CONSTRAINT "links_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."links" ADD CONSTRAINT "links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."links" ADD CONSTRAINT "links_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."links" ADD CONSTRAINT "links_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD CONSTRAINT "creatives_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD CONSTRAINT "creatives_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_referred_customer_id_referred_customers_id_fk" FOREIGN KEY ("referred_customer_id") REFERENCES "affiliate"."referred_customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_parent_conversion_id_conversions_id_fk" FOREIGN KEY ("parent_conversion_id") REFERENCES "affiliate"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "affiliate"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_beneficiary_id_users_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_reverses_commission_id_commissions_id_fk" FOREIGN KEY ("reverses_commission_id") REFERENCES "affiliate"."commissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD CONSTRAINT "payout_batches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD CONSTRAINT "payout_batches_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_item_commissions" ADD CONSTRAINT "payout_item_commissions_payout_item_id_payout_items_id_fk" FOREIGN KEY ("payout_item_id") REFERENCES "affiliate"."payout_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_item_commissions" ADD CONSTRAINT "payout_item_commissions_commission_id_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "affiliate"."commissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "affiliate"."payout_batches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_referred_by_id_idx" ON "affiliate"."users" USING btree ("referred_by_id");--> statement-breakpoint
CREATE INDEX "auth_tokens_user_id_idx" ON "affiliate"."auth_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_id_idx" ON "affiliate"."refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_id_idx" ON "affiliate"."refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_replaced_by_id_idx" ON "affiliate"."refresh_tokens" USING btree ("replaced_by_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_expires_at_idx" ON "affiliate"."refresh_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "organizations_plan_id_idx" ON "affiliate"."organizations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "memberships_organization_id_idx" ON "affiliate"."memberships" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "invitations_organization_id_idx" ON "affiliate"."invitations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "invitations_program_id_idx" ON "affiliate"."invitations" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "invitations_invited_by_id_idx" ON "affiliate"."invitations" USING btree ("invited_by_id");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "affiliate"."invitations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "apps_organization_id_idx" ON "affiliate"."apps" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "api_keys_app_id_idx" ON "affiliate"."api_keys" USING btree ("app_id");--> statement-breakpoint
CREATE INDEX "api_keys_created_by_id_idx" ON "affiliate"."api_keys" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "programs_app_id_idx" ON "affiliate"."programs" USING btree ("app_id");--> statement-breakpoint
CREATE INDEX "programs_status_visibility_idx" ON "affiliate"."programs" USING btree ("status","visibility");--> statement-breakpoint
CREATE INDEX "enrollments_coupon_code_idx" ON "affiliate"."enrollments" USING btree ("coupon_code");--> statement-breakpoint
CREATE INDEX "enrollments_affiliate_id_idx" ON "affiliate"."enrollments" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "enrollments_organization_id_status_idx" ON "affiliate"."enrollments" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "enrollments_decided_by_id_idx" ON "affiliate"."enrollments" USING btree ("decided_by_id");--> statement-breakpoint
CREATE INDEX "links_enrollment_id_idx" ON "affiliate"."links" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "links_organization_id_idx" ON "affiliate"."links" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "links_program_id_idx" ON "affiliate"."links" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "links_affiliate_id_idx" ON "affiliate"."links" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "creatives_program_id_idx" ON "affiliate"."creatives" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "creatives_organization_id_idx" ON "affiliate"."creatives" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "clicks_program_id_clicked_at_idx" ON "affiliate"."clicks" USING btree ("program_id","clicked_at");--> statement-breakpoint
CREATE INDEX "clicks_enrollment_id_clicked_at_idx" ON "affiliate"."clicks" USING btree ("enrollment_id","clicked_at");--> statement-breakpoint
CREATE INDEX "clicks_affiliate_id_clicked_at_idx" ON "affiliate"."clicks" USING btree ("affiliate_id","clicked_at");--> statement-breakpoint
CREATE INDEX "clicks_fingerprint_clicked_at_idx" ON "affiliate"."clicks" USING btree ("fingerprint","clicked_at");--> statement-breakpoint
CREATE INDEX "clicks_organization_id_clicked_at_idx" ON "affiliate"."clicks" USING btree ("organization_id","clicked_at");--> statement-breakpoint
CREATE INDEX "clicks_received_at_brin_idx" ON "affiliate"."clicks" USING brin ("received_at");--> statement-breakpoint
CREATE INDEX "click_stats_hourly_organization_id_hour_idx" ON "affiliate"."click_stats_hourly" USING btree ("organization_id","hour");--> statement-breakpoint
CREATE INDEX "click_stats_hourly_program_id_hour_idx" ON "affiliate"."click_stats_hourly" USING btree ("program_id","hour");--> statement-breakpoint
CREATE INDEX "click_stats_hourly_affiliate_id_hour_idx" ON "affiliate"."click_stats_hourly" USING btree ("affiliate_id","hour");--> statement-breakpoint
CREATE INDEX "referred_customers_organization_id_idx" ON "affiliate"."referred_customers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "referred_customers_enrollment_id_idx" ON "affiliate"."referred_customers" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "referred_customers_affiliate_id_idx" ON "affiliate"."referred_customers" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "conversions_organization_id_order_id_idx" ON "affiliate"."conversions" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE INDEX "conversions_organization_id_occurred_at_idx" ON "affiliate"."conversions" USING btree ("organization_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_program_id_occurred_at_idx" ON "affiliate"."conversions" USING btree ("program_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_enrollment_id_occurred_at_idx" ON "affiliate"."conversions" USING btree ("enrollment_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_affiliate_id_occurred_at_idx" ON "affiliate"."conversions" USING btree ("affiliate_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_click_id_idx" ON "affiliate"."conversions" USING btree ("click_id");--> statement-breakpoint
CREATE INDEX "conversions_referred_customer_id_idx" ON "affiliate"."conversions" USING btree ("referred_customer_id");--> statement-breakpoint
CREATE INDEX "conversions_parent_conversion_id_idx" ON "affiliate"."conversions" USING btree ("parent_conversion_id");--> statement-breakpoint
CREATE INDEX "conversions_reviewed_by_id_idx" ON "affiliate"."conversions" USING btree ("reviewed_by_id");--> statement-breakpoint
CREATE INDEX "conversions_ip_occurred_at_idx" ON "affiliate"."conversions" USING btree ("ip","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_unattributed_idx" ON "affiliate"."conversions" USING btree ("received_at") WHERE "affiliate"."conversions"."enrollment_id" IS NULL;--> statement-breakpoint
CREATE INDEX "commissions_balance_idx" ON "affiliate"."commissions" USING btree ("beneficiary_id","organization_id","currency","status");--> statement-breakpoint
CREATE INDEX "commissions_organization_id_created_at_idx" ON "affiliate"."commissions" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "commissions_program_id_idx" ON "affiliate"."commissions" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "commissions_enrollment_id_idx" ON "affiliate"."commissions" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "commissions_reverses_commission_id_idx" ON "affiliate"."commissions" USING btree ("reverses_commission_id");--> statement-breakpoint
CREATE INDEX "commissions_pending_hold_until_idx" ON "affiliate"."commissions" USING btree ("hold_until") WHERE "affiliate"."commissions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "payout_batches_organization_id_status_idx" ON "affiliate"."payout_batches" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "payout_batches_approved_by_id_idx" ON "affiliate"."payout_batches" USING btree ("approved_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_batches_one_proposed_idx" ON "affiliate"."payout_batches" USING btree ("organization_id","currency") WHERE "affiliate"."payout_batches"."status" = 'proposed';--> statement-breakpoint
CREATE INDEX "payout_item_commissions_payout_item_id_idx" ON "affiliate"."payout_item_commissions" USING btree ("payout_item_id");--> statement-breakpoint
CREATE INDEX "payout_items_affiliate_id_idx" ON "affiliate"."payout_items" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "payout_items_organization_id_idx" ON "affiliate"."payout_items" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "postback_deliveries_organization_id_created_at_idx" ON "logs"."postback_deliveries" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "postback_deliveries_affiliate_id_created_at_idx" ON "logs"."postback_deliveries" USING btree ("affiliate_id","created_at");--> statement-breakpoint
CREATE INDEX "postback_deliveries_conversion_id_idx" ON "logs"."postback_deliveries" USING btree ("conversion_id");--> statement-breakpoint
CREATE INDEX "postback_deliveries_status_created_at_idx" ON "logs"."postback_deliveries" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_organization_id_idx" ON "affiliate"."webhook_endpoints" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_idx" ON "affiliate"."notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_organization_id_idx" ON "affiliate"."notifications" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "affiliate"."notifications" USING btree ("user_id") WHERE "affiliate"."notifications"."channel" = 'in_app' AND "affiliate"."notifications"."read_at" IS NULL;--> statement-breakpoint
CREATE INDEX "audit_log_organization_id_created_at_idx" ON "logs"."audit_log" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "logs"."audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "logs"."audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_at_idx" ON "logs"."audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_to_created_at_idx" ON "logs"."email_outbox" USING btree ("to","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_status_created_at_idx" ON "logs"."email_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "dead_letters_created_at_idx" ON "logs"."dead_letters" USING btree ("created_at");