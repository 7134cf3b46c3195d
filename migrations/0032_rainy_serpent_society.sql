CREATE TABLE "affiliate"."platform_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"affiliate_auto_approval" boolean DEFAULT false NOT NULL,
	"affiliate_review_days" smallint DEFAULT 2 NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_settings_single_row_check" CHECK ("affiliate"."platform_settings"."id"),
	CONSTRAINT "platform_settings_review_days_check" CHECK ("affiliate"."platform_settings"."affiliate_review_days" BETWEEN 1 AND 30)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" DROP CONSTRAINT "notification_preferences_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD COLUMN "affiliate_reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD COLUMN "affiliate_rejection_reason" text;--> statement-breakpoint
ALTER TABLE "affiliate"."platform_settings" ADD CONSTRAINT "platform_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review'));--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" ADD CONSTRAINT "notification_preferences_event_check" CHECK ("affiliate"."notification_preferences"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review'));