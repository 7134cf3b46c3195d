CREATE TABLE "affiliate"."import_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"external_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"outcome" text,
	"plan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"applied_at" timestamp with time zone,
	"result_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_items_job_id_kind_external_id_unique" UNIQUE("job_id","kind","external_id"),
	CONSTRAINT "import_items_kind_check" CHECK ("affiliate"."import_items"."kind" IN ('affiliate', 'customer', 'balance', 'payment')),
	CONSTRAINT "import_items_outcome_check" CHECK ("affiliate"."import_items"."outcome" IN ('create', 'skip', 'conflict'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."import_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'fetching' NOT NULL,
	"options" jsonb NOT NULL,
	"token_sealed" text,
	"cursor" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"not_before" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_id" uuid,
	"run_requested_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_jobs_source_check" CHECK ("affiliate"."import_jobs"."source" IN ('csv', 'rewardful', 'firstpromoter', 'tolt', 'partnerstack')),
	CONSTRAINT "import_jobs_status_check" CHECK ("affiliate"."import_jobs"."status" IN ('fetching', 'planning', 'planned', 'applying', 'completed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."imported_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"sale_amount_minor" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_payments_organization_id_source_external_id_unique" UNIQUE("organization_id","source","external_id"),
	CONSTRAINT "imported_payments_source_check" CHECK ("affiliate"."imported_payments"."source" IN ('csv', 'rewardful', 'firstpromoter', 'tolt', 'partnerstack')),
	CONSTRAINT "imported_payments_amount_minor_check" CHECK ("affiliate"."imported_payments"."amount_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" DROP CONSTRAINT "commission_stats_hourly_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" DROP CONSTRAINT "referred_customers_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" DROP CONSTRAINT "commissions_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ALTER COLUMN "conversion_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD COLUMN "import_ref" text;--> statement-breakpoint
ALTER TABLE "affiliate"."import_items" ADD CONSTRAINT "import_items_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "affiliate"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."import_items" ADD CONSTRAINT "import_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."import_jobs" ADD CONSTRAINT "import_jobs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."import_jobs" ADD CONSTRAINT "import_jobs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."imported_payments" ADD CONSTRAINT "imported_payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."imported_payments" ADD CONSTRAINT "imported_payments_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."imported_payments" ADD CONSTRAINT "imported_payments_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_items_organization_id_idx" ON "affiliate"."import_items" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "import_items_result_id_idx" ON "affiliate"."import_items" USING btree ("result_id");--> statement-breakpoint
CREATE INDEX "import_jobs_organization_id_created_at_idx" ON "affiliate"."import_jobs" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "import_jobs_active_idx" ON "affiliate"."import_jobs" USING btree ("updated_at") WHERE "affiliate"."import_jobs"."status" IN ('fetching', 'planning', 'applying');--> statement-breakpoint
CREATE INDEX "import_jobs_created_by_id_idx" ON "affiliate"."import_jobs" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "imported_payments_enrollment_id_idx" ON "affiliate"."imported_payments" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "imported_payments_affiliate_id_idx" ON "affiliate"."imported_payments" USING btree ("affiliate_id");--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_organization_id_import_ref_unique" UNIQUE("organization_id","import_ref");--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" ADD CONSTRAINT "commission_stats_hourly_kind_check" CHECK ("affiliate"."commission_stats_hourly"."kind" IN ('commission', 'adjustment', 'bonus', 'opening_balance'));--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_attribution_method_check" CHECK ("affiliate"."referred_customers"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks', 'workflow', 'imported'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_attribution_method_check" CHECK ("affiliate"."conversions"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks', 'workflow', 'imported'));--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_conversion_check" CHECK (("affiliate"."commissions"."kind" = 'opening_balance') = ("affiliate"."commissions"."conversion_id" IS NULL) AND ("affiliate"."commissions"."kind" = 'opening_balance') = ("affiliate"."commissions"."import_ref" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_kind_check" CHECK ("affiliate"."commissions"."kind" IN ('commission', 'adjustment', 'bonus', 'opening_balance'));