CREATE TABLE "affiliate"."landing_pages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"group_id" uuid,
	"draft" jsonb NOT NULL,
	"published" jsonb,
	"published_version" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"published_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "landing_pages_program_id_group_id_unique" UNIQUE NULLS NOT DISTINCT("program_id","group_id"),
	CONSTRAINT "landing_pages_draft_check" CHECK (jsonb_typeof("affiliate"."landing_pages"."draft") = 'object'),
	CONSTRAINT "landing_pages_published_check" CHECK (jsonb_typeof("affiliate"."landing_pages"."published") = 'object')
);
--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "languages" text[] DEFAULT '{"en"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."landing_pages" ADD CONSTRAINT "landing_pages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."landing_pages" ADD CONSTRAINT "landing_pages_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."landing_pages" ADD CONSTRAINT "landing_pages_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."landing_pages" ADD CONSTRAINT "landing_pages_group_fk" FOREIGN KEY ("program_id","group_id") REFERENCES "affiliate"."program_groups"("program_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "landing_pages_organization_id_idx" ON "affiliate"."landing_pages" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "landing_pages_group_id_idx" ON "affiliate"."landing_pages" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "landing_pages_published_by_id_idx" ON "affiliate"."landing_pages" USING btree ("published_by_id");--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_category_check" CHECK ("affiliate"."programs"."category" IN ('productivity', 'marketing', 'sales', 'finance', 'developer_tools', 'design', 'education', 'ecommerce', 'communication', 'security', 'health', 'other'));--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_languages_check" CHECK ("affiliate"."programs"."languages" <@ ARRAY['en', 'ru']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_languages_present_check" CHECK (cardinality("affiliate"."programs"."languages") >= 1);