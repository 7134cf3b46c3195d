CREATE TABLE "affiliate"."organization_auto_approval_limits" (
	"organization_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"limit_minor" bigint NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_auto_approval_limits_organization_id_currency_pk" PRIMARY KEY("organization_id","currency"),
	CONSTRAINT "organization_auto_approval_limits_check" CHECK ("affiliate"."organization_auto_approval_limits"."currency" ~ '^[A-Z]{3}$' AND "affiliate"."organization_auto_approval_limits"."limit_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."payout_schedule_runs" (
	"program_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"period" text NOT NULL,
	"batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_schedule_runs_program_id_currency_period_pk" PRIMARY KEY("program_id","currency","period")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."program_payout_schedules" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"day_of_month" integer,
	"threshold_minor" bigint,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_payout_schedules_kind_check" CHECK ("affiliate"."program_payout_schedules"."kind" IN ('daily', 'manual', 'monthly', 'threshold')),
	CONSTRAINT "program_payout_schedules_fields_check" CHECK (("affiliate"."program_payout_schedules"."kind" = 'monthly') = ("affiliate"."program_payout_schedules"."day_of_month" IS NOT NULL) AND coalesce("affiliate"."program_payout_schedules"."day_of_month", 1) BETWEEN 1 AND 28
          AND ("affiliate"."program_payout_schedules"."kind" = 'threshold') = ("affiliate"."program_payout_schedules"."threshold_minor" IS NOT NULL) AND coalesce("affiliate"."program_payout_schedules"."threshold_minor", 1) > 0)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD COLUMN "auto_approved_limit_minor" bigint;--> statement-breakpoint
ALTER TABLE "affiliate"."organization_auto_approval_limits" ADD CONSTRAINT "organization_auto_approval_limits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."organization_auto_approval_limits" ADD CONSTRAINT "organization_auto_approval_limits_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_schedule_runs" ADD CONSTRAINT "payout_schedule_runs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_schedule_runs" ADD CONSTRAINT "payout_schedule_runs_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "affiliate"."payout_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_payout_schedules" ADD CONSTRAINT "program_payout_schedules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_payout_schedules" ADD CONSTRAINT "program_payout_schedules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_payout_schedules" ADD CONSTRAINT "program_payout_schedules_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_auto_approval_limits_updated_by_id_idx" ON "affiliate"."organization_auto_approval_limits" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "payout_schedule_runs_batch_id_idx" ON "affiliate"."payout_schedule_runs" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "program_payout_schedules_organization_id_idx" ON "affiliate"."program_payout_schedules" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "program_payout_schedules_updated_by_id_idx" ON "affiliate"."program_payout_schedules" USING btree ("updated_by_id");