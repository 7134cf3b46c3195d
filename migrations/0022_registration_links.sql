CREATE TABLE "affiliate"."registration_link_uses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"link_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_link_uses_link_id_user_id_unique" UNIQUE("link_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."registration_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"expires_at" timestamp with time zone,
	"max_uses" integer,
	"uses_count" integer DEFAULT 0 NOT NULL,
	"rate_override_bps" integer,
	"hold_days_override" integer,
	"approval" text DEFAULT 'approve' NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_links_code_unique" UNIQUE("code"),
	CONSTRAINT "registration_links_approval_check" CHECK ("affiliate"."registration_links"."approval" IN ('approve', 'review')),
	CONSTRAINT "registration_links_rate_override_bps_check" CHECK ("affiliate"."registration_links"."rate_override_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "registration_links_hold_days_override_check" CHECK ("affiliate"."registration_links"."hold_days_override" >= 0),
	CONSTRAINT "registration_links_uses_check" CHECK ("affiliate"."registration_links"."uses_count" >= 0 AND ("affiliate"."registration_links"."max_uses" IS NULL OR ("affiliate"."registration_links"."max_uses" > 0 AND "affiliate"."registration_links"."uses_count" <= "affiliate"."registration_links"."max_uses")))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."registration_link_uses" ADD CONSTRAINT "registration_link_uses_link_id_registration_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "affiliate"."registration_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."registration_link_uses" ADD CONSTRAINT "registration_link_uses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."registration_links" ADD CONSTRAINT "registration_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."registration_links" ADD CONSTRAINT "registration_links_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."registration_links" ADD CONSTRAINT "registration_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_link_uses_user_id_idx" ON "affiliate"."registration_link_uses" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "registration_links_organization_id_idx" ON "affiliate"."registration_links" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "registration_links_program_id_idx" ON "affiliate"."registration_links" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "registration_links_created_by_id_idx" ON "affiliate"."registration_links" USING btree ("created_by_id");