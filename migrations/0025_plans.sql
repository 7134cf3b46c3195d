-- clicks is partitioned: Postgres refuses a table-qualified column in its CHECK, so that one names the column alone.
CREATE TABLE "affiliate"."plan_click_usage" (
	"organization_id" uuid NOT NULL,
	"month" date NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_click_usage_pkey" PRIMARY KEY("organization_id","month")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."plans" DROP CONSTRAINT "plans_code_check";--> statement-breakpoint
ALTER TABLE "affiliate"."clicks" DROP CONSTRAINT "clicks_reject_reason_check";--> statement-breakpoint
ALTER TABLE "affiliate"."click_rejections_hourly" DROP CONSTRAINT "click_rejections_hourly_reason_check";--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ALTER COLUMN "custom_domains" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD CONSTRAINT "plans_code_slug_check" CHECK ("affiliate"."plans"."code" ~ '^[a-z0-9][a-z0-9-]{0,39}$');--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD CONSTRAINT "plans_limits_check" CHECK ("affiliate"."plans"."max_clicks_monthly" >= 0 AND "affiliate"."plans"."max_programs" >= 0 AND "affiliate"."plans"."max_affiliates" >= 0);--> statement-breakpoint
ALTER TABLE "affiliate"."clicks" ADD CONSTRAINT "clicks_reject_reason_check" CHECK ("reject_reason" IN ('unknown_code', 'inactive_program', 'inactive_enrollment', 'geo_blocked', 'cap_reached', 'bot', 'prefetch', 'rate_limited', 'invalid_target', 'foreign_domain', 'over_plan'));--> statement-breakpoint
ALTER TABLE "affiliate"."click_rejections_hourly" ADD CONSTRAINT "click_rejections_hourly_reason_check" CHECK ("affiliate"."click_rejections_hourly"."reason" IN ('unknown_code', 'inactive_program', 'inactive_enrollment', 'geo_blocked', 'cap_reached', 'bot', 'prefetch', 'rate_limited', 'invalid_target', 'foreign_domain', 'over_plan'));--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning'));