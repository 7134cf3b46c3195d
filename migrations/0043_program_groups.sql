CREATE TABLE "affiliate"."program_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"color" text DEFAULT 'gray' NOT NULL,
	"description" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"commission_type" text,
	"commission_rate_bps" integer,
	"commission_fixed_minor" bigint,
	"recurring_mode" text,
	"recurring_months" integer,
	"recurring_rate_bps" integer,
	"multi_level_rates_bps" integer[],
	"hold_days" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_groups_program_id_name_unique" UNIQUE("program_id","name"),
	CONSTRAINT "program_groups_program_id_id_unique" UNIQUE("program_id","id"),
	CONSTRAINT "program_groups_color_check" CHECK ("affiliate"."program_groups"."color" IN ('gray', 'red', 'pink', 'grape', 'violet', 'indigo', 'blue', 'cyan', 'teal', 'green', 'lime', 'yellow', 'orange')),
	CONSTRAINT "program_groups_commission_type_check" CHECK ("affiliate"."program_groups"."commission_type" IN ('percent', 'fixed', 'hybrid')),
	CONSTRAINT "program_groups_recurring_mode_check" CHECK ("affiliate"."program_groups"."recurring_mode" IN ('none', 'months', 'lifetime')),
	CONSTRAINT "program_groups_commission_rate_bps_check" CHECK ("affiliate"."program_groups"."commission_rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "program_groups_recurring_rate_bps_check" CHECK ("affiliate"."program_groups"."recurring_rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "program_groups_terms_check" CHECK ("affiliate"."program_groups"."commission_fixed_minor" >= 0 AND "affiliate"."program_groups"."hold_days" >= 0 AND "affiliate"."program_groups"."recurring_months" > 0)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" DROP CONSTRAINT "notification_preferences_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."registration_links" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ADD CONSTRAINT "program_groups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ADD CONSTRAINT "program_groups_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "program_groups_one_default_idx" ON "affiliate"."program_groups" USING btree ("program_id") WHERE "affiliate"."program_groups"."is_default";--> statement-breakpoint
CREATE INDEX "program_groups_organization_id_idx" ON "affiliate"."program_groups" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "enrollments_group_id_idx" ON "affiliate"."enrollments" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "registration_links_group_id_idx" ON "affiliate"."registration_links" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change'));--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" ADD CONSTRAINT "notification_preferences_event_check" CHECK ("affiliate"."notification_preferences"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change'));--> statement-breakpoint
ALTER TABLE "affiliate"."registration_links" ADD CONSTRAINT "registration_links_group_check" CHECK ("affiliate"."registration_links"."group_id" IS NULL OR "affiliate"."registration_links"."program_id" IS NOT NULL);