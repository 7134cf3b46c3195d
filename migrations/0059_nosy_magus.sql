CREATE TABLE "affiliate"."bounties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"group_id" uuid,
	"tag" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"metric" text,
	"target" bigint,
	"bonus_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"max_winners" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bounties_kind_check" CHECK ("affiliate"."bounties"."kind" IN ('performance', 'submission')),
	CONSTRAINT "bounties_metric_check" CHECK ("affiliate"."bounties"."metric" IN ('sales', 'conversions', 'sale_amount')),
	CONSTRAINT "bounties_terms_check" CHECK (("affiliate"."bounties"."kind" = 'performance') = ("affiliate"."bounties"."metric" IS NOT NULL) AND ("affiliate"."bounties"."metric" IS NULL) = ("affiliate"."bounties"."target" IS NULL)
        AND "affiliate"."bounties"."target" > 0 AND "affiliate"."bounties"."bonus_minor" > 0 AND "affiliate"."bounties"."max_winners" > 0 AND "affiliate"."bounties"."ends_at" > "affiliate"."bounties"."starts_at"
        AND num_nonnulls("affiliate"."bounties"."group_id", "affiliate"."bounties"."tag") <= 1)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."bounty_awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"bounty_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"submission_id" uuid,
	"commission_id" uuid NOT NULL,
	"value" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bounty_awards_bounty_id_enrollment_id_unique" UNIQUE("bounty_id","enrollment_id"),
	CONSTRAINT "bounty_awards_commission_id_unique" UNIQUE("commission_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."bounty_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"bounty_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"url" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bounty_submissions_status_check" CHECK ("affiliate"."bounty_submissions"."status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "bounty_submissions_reason_check" CHECK (("affiliate"."bounty_submissions"."status" = 'rejected') = ("affiliate"."bounty_submissions"."reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" DROP CONSTRAINT "commission_stats_hourly_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" DROP CONSTRAINT "commissions_conversion_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" DROP CONSTRAINT "commissions_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" DROP CONSTRAINT "notification_preferences_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD COLUMN "bounty_ref" text;--> statement-breakpoint
ALTER TABLE "affiliate"."bounties" ADD CONSTRAINT "bounties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounties" ADD CONSTRAINT "bounties_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounties" ADD CONSTRAINT "bounties_group_fk" FOREIGN KEY ("program_id","group_id") REFERENCES "affiliate"."program_groups"("program_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_awards" ADD CONSTRAINT "bounty_awards_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_awards" ADD CONSTRAINT "bounty_awards_bounty_id_bounties_id_fk" FOREIGN KEY ("bounty_id") REFERENCES "affiliate"."bounties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_awards" ADD CONSTRAINT "bounty_awards_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_awards" ADD CONSTRAINT "bounty_awards_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_awards" ADD CONSTRAINT "bounty_awards_submission_id_bounty_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "affiliate"."bounty_submissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_awards" ADD CONSTRAINT "bounty_awards_commission_id_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "affiliate"."commissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_submissions" ADD CONSTRAINT "bounty_submissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_submissions" ADD CONSTRAINT "bounty_submissions_bounty_id_bounties_id_fk" FOREIGN KEY ("bounty_id") REFERENCES "affiliate"."bounties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_submissions" ADD CONSTRAINT "bounty_submissions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_submissions" ADD CONSTRAINT "bounty_submissions_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."bounty_submissions" ADD CONSTRAINT "bounty_submissions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bounties_organization_id_idx" ON "affiliate"."bounties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "bounties_program_id_idx" ON "affiliate"."bounties" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "bounties_performance_ends_at_idx" ON "affiliate"."bounties" USING btree ("ends_at") WHERE "affiliate"."bounties"."kind" = 'performance';--> statement-breakpoint
CREATE INDEX "bounty_awards_enrollment_id_idx" ON "affiliate"."bounty_awards" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "bounty_awards_affiliate_id_idx" ON "affiliate"."bounty_awards" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "bounty_awards_organization_id_idx" ON "affiliate"."bounty_awards" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "bounty_awards_submission_id_idx" ON "affiliate"."bounty_awards" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bounty_submissions_open_unique" ON "affiliate"."bounty_submissions" USING btree ("bounty_id","affiliate_id") WHERE "affiliate"."bounty_submissions"."status" IN ('pending', 'approved');--> statement-breakpoint
CREATE INDEX "bounty_submissions_bounty_id_created_at_idx" ON "affiliate"."bounty_submissions" USING btree ("bounty_id","created_at");--> statement-breakpoint
CREATE INDEX "bounty_submissions_organization_id_status_created_at_idx" ON "affiliate"."bounty_submissions" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "bounty_submissions_enrollment_id_idx" ON "affiliate"."bounty_submissions" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "bounty_submissions_affiliate_id_idx" ON "affiliate"."bounty_submissions" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "bounty_submissions_reviewed_by_id_idx" ON "affiliate"."bounty_submissions" USING btree ("reviewed_by_id");--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_bounty_ref_unique" UNIQUE("bounty_ref");--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" ADD CONSTRAINT "commission_stats_hourly_kind_check" CHECK ("affiliate"."commission_stats_hourly"."kind" IN ('commission', 'adjustment', 'bonus', 'opening_balance', 'bounty'));--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_conversion_check" CHECK (("affiliate"."commissions"."kind" IN ('opening_balance', 'bounty')) = ("affiliate"."commissions"."conversion_id" IS NULL) AND ("affiliate"."commissions"."kind" = 'opening_balance') = ("affiliate"."commissions"."import_ref" IS NOT NULL) AND ("affiliate"."commissions"."kind" = 'bounty') = ("affiliate"."commissions"."bounty_ref" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_kind_check" CHECK ("affiliate"."commissions"."kind" IN ('commission', 'adjustment', 'bonus', 'opening_balance', 'bounty'));--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow', 'bounty']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow', 'bounty'));--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" ADD CONSTRAINT "notification_preferences_event_check" CHECK ("affiliate"."notification_preferences"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow', 'bounty'));