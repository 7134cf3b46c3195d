CREATE TABLE "affiliate"."program_announcements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_announcements_title_check" CHECK (char_length("affiliate"."program_announcements"."title") BETWEEN 1 AND 120),
	CONSTRAINT "program_announcements_body_check" CHECK (char_length("affiliate"."program_announcements"."body") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."program_announcements" ADD CONSTRAINT "program_announcements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_announcements" ADD CONSTRAINT "program_announcements_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_announcements" ADD CONSTRAINT "program_announcements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_announcements_organization_id_published_at_idx" ON "affiliate"."program_announcements" USING btree ("organization_id","published_at");--> statement-breakpoint
CREATE INDEX "program_announcements_program_id_idx" ON "affiliate"."program_announcements" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "program_announcements_created_by_id_idx" ON "affiliate"."program_announcements" USING btree ("created_by_id");