ALTER TABLE "affiliate"."users" ADD COLUMN "signup_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."refresh_tokens" ADD COLUMN "portal_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "logs"."email_outbox" ADD COLUMN "from_name" text;--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD CONSTRAINT "users_signup_organization_id_organizations_id_fk" FOREIGN KEY ("signup_organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_portal_organization_id_organizations_id_fk" FOREIGN KEY ("portal_organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_signup_organization_id_idx" ON "affiliate"."users" USING btree ("signup_organization_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_portal_organization_id_idx" ON "affiliate"."refresh_tokens" USING btree ("portal_organization_id");