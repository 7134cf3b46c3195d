CREATE TABLE "affiliate"."edition_plan_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"edition_id" uuid NOT NULL,
	"plan_code" text NOT NULL,
	"price_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edition_plan_prices_price_check" CHECK ("affiliate"."edition_plan_prices"."price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."edition_settings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"program_id" uuid,
	"brand_fields" text[] DEFAULT '{"name","colors"}' NOT NULL,
	"domain_kinds" text[] DEFAULT '{"subdomain"}' NOT NULL,
	"base_domain" text,
	"plans" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reward_type" text DEFAULT 'percent' NOT NULL,
	"reward_rate_bps" integer,
	"reward_fixed_minor" bigint,
	"recurring_mode" text DEFAULT 'none' NOT NULL,
	"recurring_months" integer,
	"requires_approval" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edition_settings_brand_fields_check" CHECK ("affiliate"."edition_settings"."brand_fields" <@ ARRAY['name', 'logo', 'favicon', 'colors']::text[]),
	CONSTRAINT "edition_settings_domain_kinds_check" CHECK ("affiliate"."edition_settings"."domain_kinds" <@ ARRAY['subdomain', 'custom']::text[]),
	CONSTRAINT "edition_settings_reward_type_check" CHECK ("affiliate"."edition_settings"."reward_type" IN ('percent', 'fixed')),
	CONSTRAINT "edition_settings_recurring_mode_check" CHECK ("affiliate"."edition_settings"."recurring_mode" IN ('none', 'months', 'lifetime')),
	CONSTRAINT "edition_settings_reward_rate_bps_check" CHECK ("affiliate"."edition_settings"."reward_rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "edition_settings_reward_shape_check" CHECK (("affiliate"."edition_settings"."reward_type" <> 'percent' OR "affiliate"."edition_settings"."reward_rate_bps" IS NOT NULL) AND ("affiliate"."edition_settings"."reward_type" <> 'fixed' OR "affiliate"."edition_settings"."reward_fixed_minor" >= 0)),
	CONSTRAINT "edition_settings_recurring_months_check" CHECK ("affiliate"."edition_settings"."recurring_mode" <> 'months' OR "affiliate"."edition_settings"."recurring_months" > 0),
	CONSTRAINT "edition_settings_base_domain_lower_check" CHECK ("affiliate"."edition_settings"."base_domain" = lower("affiliate"."edition_settings"."base_domain"))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."edition_visits" (
	"edition_id" uuid NOT NULL,
	"day" date NOT NULL,
	"visitor_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edition_visits_edition_id_day_visitor_hash_pk" PRIMARY KEY("edition_id","day","visitor_hash")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."editions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"primary_color" text,
	"accent_color" text,
	"logo_url" text,
	"favicon_url" text,
	"domain_kind" text NOT NULL,
	"host" text NOT NULL,
	"custom_domain_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "editions_status_check" CHECK ("affiliate"."editions"."status" IN ('draft', 'pending', 'active', 'rejected', 'suspended', 'deleted')),
	CONSTRAINT "editions_domain_kind_check" CHECK ("affiliate"."editions"."domain_kind" IN ('subdomain', 'custom')),
	CONSTRAINT "editions_host_lower_check" CHECK ("affiliate"."editions"."host" = lower("affiliate"."editions"."host")),
	CONSTRAINT "editions_colors_check" CHECK (("affiliate"."editions"."primary_color" IS NULL OR "affiliate"."editions"."primary_color" ~ '^#[0-9a-f]{6}$') AND ("affiliate"."editions"."accent_color" IS NULL OR "affiliate"."editions"."accent_color" ~ '^#[0-9a-f]{6}$'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."plans" DROP CONSTRAINT "plans_limits_check";--> statement-breakpoint
ALTER TABLE "affiliate"."custom_domains" DROP CONSTRAINT "custom_domains_purpose_check";--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" DROP CONSTRAINT "referred_customers_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD COLUMN "max_editions" integer;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD COLUMN "edition_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."edition_plan_prices" ADD CONSTRAINT "edition_plan_prices_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "affiliate"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."edition_settings" ADD CONSTRAINT "edition_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."edition_settings" ADD CONSTRAINT "edition_settings_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."edition_settings" ADD CONSTRAINT "edition_settings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."edition_visits" ADD CONSTRAINT "edition_visits_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "affiliate"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."editions" ADD CONSTRAINT "editions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."editions" ADD CONSTRAINT "editions_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."editions" ADD CONSTRAINT "editions_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."editions" ADD CONSTRAINT "editions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."editions" ADD CONSTRAINT "editions_custom_domain_id_custom_domains_id_fk" FOREIGN KEY ("custom_domain_id") REFERENCES "affiliate"."custom_domains"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "edition_plan_prices_edition_plan_unique" ON "affiliate"."edition_plan_prices" USING btree ("edition_id","plan_code");--> statement-breakpoint
CREATE UNIQUE INDEX "edition_settings_app_id_unique" ON "affiliate"."edition_settings" USING btree ("app_id");--> statement-breakpoint
CREATE INDEX "edition_settings_organization_id_idx" ON "affiliate"."edition_settings" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "edition_settings_program_id_idx" ON "affiliate"."edition_settings" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "editions_host_unique" ON "affiliate"."editions" USING btree ("host") WHERE "affiliate"."editions"."status" <> 'deleted';--> statement-breakpoint
CREATE INDEX "editions_organization_id_idx" ON "affiliate"."editions" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "editions_affiliate_id_idx" ON "affiliate"."editions" USING btree ("affiliate_id","organization_id");--> statement-breakpoint
CREATE INDEX "editions_app_id_idx" ON "affiliate"."editions" USING btree ("app_id");--> statement-breakpoint
CREATE INDEX "editions_enrollment_id_idx" ON "affiliate"."editions" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "editions_custom_domain_id_idx" ON "affiliate"."editions" USING btree ("custom_domain_id");--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "affiliate"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversions_edition_id_idx" ON "affiliate"."conversions" USING btree ("edition_id") WHERE "affiliate"."conversions"."edition_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."plans" ADD CONSTRAINT "plans_limits_check" CHECK ("affiliate"."plans"."max_clicks_monthly" >= 0 AND "affiliate"."plans"."max_programs" >= 0 AND "affiliate"."plans"."max_affiliates" >= 0 AND "affiliate"."plans"."max_campaign_sends_monthly" >= 0 AND "affiliate"."plans"."max_editions" >= 0);--> statement-breakpoint
ALTER TABLE "affiliate"."custom_domains" ADD CONSTRAINT "custom_domains_purpose_check" CHECK ("affiliate"."custom_domains"."purpose" IN ('tracking', 'portal', 'both', 'edition'));--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_attribution_method_check" CHECK ("affiliate"."referred_customers"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks', 'workflow', 'imported', 'edition'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_attribution_method_check" CHECK ("affiliate"."conversions"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks', 'workflow', 'imported', 'edition'));