CREATE TABLE "logs"."webhook_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"outcome" text NOT NULL,
	"status_code" integer,
	"duration_ms" integer,
	"error" text,
	"response_snippet" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_attempts_delivery_id_attempt_unique" UNIQUE("delivery_id","attempt"),
	CONSTRAINT "webhook_attempts_outcome_check" CHECK ("logs"."webhook_attempts"."outcome" IN ('pending', 'retrying', 'success', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "logs"."webhook_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"event_key" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_status_code" integer,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_endpoint_event_unique" UNIQUE("endpoint_id","event_key"),
	CONSTRAINT "webhook_deliveries_status_check" CHECK ("logs"."webhook_deliveries"."status" IN ('pending', 'retrying', 'success', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" DROP CONSTRAINT "notification_preferences_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ALTER COLUMN "organization_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "previous_secret_encrypted" text;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "previous_secret_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "consecutive_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD COLUMN "disabled_reason" text;--> statement-breakpoint
CREATE INDEX "webhook_attempts_endpoint_id_created_at_idx" ON "logs"."webhook_attempts" USING btree ("endpoint_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_id_created_at_idx" ON "logs"."webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_endpoints_user_id_idx" ON "affiliate"."webhook_endpoints" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_one_owner_check" CHECK (num_nonnulls("affiliate"."webhook_endpoints"."organization_id", "affiliate"."webhook_endpoints"."user_id") = 1);--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled'));--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" ADD CONSTRAINT "notification_preferences_event_check" CHECK ("affiliate"."notification_preferences"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled'));