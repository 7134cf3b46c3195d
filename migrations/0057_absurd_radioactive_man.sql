CREATE TABLE "affiliate"."campaign_recipients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"language" text NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"email_outbox_id" uuid,
	"error" text,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_recipients_campaign_id_affiliate_id_unique" UNIQUE("campaign_id","affiliate_id"),
	CONSTRAINT "campaign_recipients_language_check" CHECK ("affiliate"."campaign_recipients"."language" IN ('en', 'ru')),
	CONSTRAINT "campaign_recipients_state_check" CHECK ("affiliate"."campaign_recipients"."state" IN ('queued', 'sent', 'skipped_unsubscribed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."campaign_unsubscribes" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_unsubscribes_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" text DEFAULT 'marketing' NOT NULL,
	"subject_en" text,
	"body_en" text,
	"subject_ru" text,
	"body_ru" text,
	"program_ids" uuid[] DEFAULT '{}' NOT NULL,
	"group_ids" uuid[] DEFAULT '{}' NOT NULL,
	"statuses" text[] DEFAULT '{"active"}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"trigger" text,
	"trigger_days" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"counted_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_category_check" CHECK ("affiliate"."campaigns"."category" IN ('marketing', 'transactional')),
	CONSTRAINT "campaigns_status_check" CHECK ("affiliate"."campaigns"."status" IN ('draft', 'scheduled', 'sending', 'sent', 'active', 'cancelled')),
	CONSTRAINT "campaigns_trigger_check" CHECK ("affiliate"."campaigns"."trigger" IN ('approved', 'no_click', 'first_conversion')),
	CONSTRAINT "campaigns_statuses_check" CHECK ("affiliate"."campaigns"."statuses" <@ ARRAY['pending', 'active', 'suspended', 'terminated', 'rejected']::text[]),
	CONSTRAINT "campaigns_name_check" CHECK (char_length("affiliate"."campaigns"."name") BETWEEN 1 AND 120),
	CONSTRAINT "campaigns_variants_check" CHECK (("affiliate"."campaigns"."subject_en" IS NULL) = ("affiliate"."campaigns"."body_en" IS NULL) AND ("affiliate"."campaigns"."subject_ru" IS NULL) = ("affiliate"."campaigns"."body_ru" IS NULL) AND ("affiliate"."campaigns"."subject_en" IS NOT NULL OR "affiliate"."campaigns"."subject_ru" IS NOT NULL)),
	CONSTRAINT "campaigns_trigger_days_check" CHECK (("affiliate"."campaigns"."trigger" = 'no_click') = ("affiliate"."campaigns"."trigger_days" IS NOT NULL) AND "affiliate"."campaigns"."trigger_days" BETWEEN 1 AND 365)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."plans" DROP CONSTRAINT "plans_limits_check";--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD COLUMN "max_campaign_sends_monthly" integer;--> statement-breakpoint
ALTER TABLE "logs"."email_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."campaign_recipients" ADD CONSTRAINT "campaign_recipients_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "affiliate"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."campaign_recipients" ADD CONSTRAINT "campaign_recipients_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."campaign_recipients" ADD CONSTRAINT "campaign_recipients_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."campaign_unsubscribes" ADD CONSTRAINT "campaign_unsubscribes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."campaign_unsubscribes" ADD CONSTRAINT "campaign_unsubscribes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."campaigns" ADD CONSTRAINT "campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."campaigns" ADD CONSTRAINT "campaigns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_recipients_affiliate_id_organization_id_idx" ON "affiliate"."campaign_recipients" USING btree ("affiliate_id","organization_id");--> statement-breakpoint
CREATE INDEX "campaign_recipients_organization_id_idx" ON "affiliate"."campaign_recipients" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "campaign_recipients_queued_idx" ON "affiliate"."campaign_recipients" USING btree ("campaign_id") WHERE "affiliate"."campaign_recipients"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "campaign_unsubscribes_user_id_idx" ON "affiliate"."campaign_unsubscribes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "campaigns_organization_id_idx" ON "affiliate"."campaigns" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "campaigns_created_by_id_idx" ON "affiliate"."campaigns" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "campaigns_due_idx" ON "affiliate"."campaigns" USING btree ("status") WHERE "affiliate"."campaigns"."status" IN ('scheduled', 'sending', 'active');--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD CONSTRAINT "plans_limits_check" CHECK ("affiliate"."plans"."max_clicks_monthly" >= 0 AND "affiliate"."plans"."max_programs" >= 0 AND "affiliate"."plans"."max_affiliates" >= 0 AND "affiliate"."plans"."max_campaign_sends_monthly" >= 0);