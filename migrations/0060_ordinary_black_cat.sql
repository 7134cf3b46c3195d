CREATE TABLE "affiliate"."application_forms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"group_id" uuid,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_forms_program_id_group_id_unique" UNIQUE NULLS NOT DISTINCT("program_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."program_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body_en" text NOT NULL,
	"body_ru" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_terms_program_id_version_unique" UNIQUE("program_id","version"),
	CONSTRAINT "program_terms_version_check" CHECK ("affiliate"."program_terms"."version" >= 1),
	CONSTRAINT "program_terms_body_check" CHECK (char_length("affiliate"."program_terms"."body_en") BETWEEN 1 AND 20000 AND char_length("affiliate"."program_terms"."body_ru") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."auto_approval_rules" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD COLUMN "application_answers" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD COLUMN "terms_version" integer;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD COLUMN "terms_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD COLUMN "terms_accepted_ip" "inet";--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD COLUMN "auto_approved_by" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."application_forms" ADD CONSTRAINT "application_forms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."application_forms" ADD CONSTRAINT "application_forms_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."application_forms" ADD CONSTRAINT "application_forms_group_fk" FOREIGN KEY ("program_id","group_id") REFERENCES "affiliate"."program_groups"("program_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_terms" ADD CONSTRAINT "program_terms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_terms" ADD CONSTRAINT "program_terms_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_terms" ADD CONSTRAINT "program_terms_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."auto_approval_rules" ADD CONSTRAINT "auto_approval_rules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."auto_approval_rules" ADD CONSTRAINT "auto_approval_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_forms_organization_id_idx" ON "affiliate"."application_forms" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "application_forms_group_id_idx" ON "affiliate"."application_forms" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "program_terms_organization_id_idx" ON "affiliate"."program_terms" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "program_terms_created_by_id_idx" ON "affiliate"."program_terms" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "auto_approval_rules_organization_id_idx" ON "affiliate"."auto_approval_rules" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD CONSTRAINT "enrollments_terms_check" CHECK (("affiliate"."enrollments"."terms_version" IS NULL) = ("affiliate"."enrollments"."terms_accepted_at" IS NULL) AND "affiliate"."enrollments"."terms_version" >= 1);