CREATE TABLE "affiliate"."org_wise_accounts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"api_token_encrypted" text NOT NULL,
	"api_token_last4" text NOT NULL,
	"profile_id" text NOT NULL,
	"profile_type" text NOT NULL,
	"profile_name" text NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affiliate"."org_wise_accounts" ADD CONSTRAINT "org_wise_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."org_wise_accounts" ADD CONSTRAINT "org_wise_accounts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_wise_accounts_updated_by_id_idx" ON "affiliate"."org_wise_accounts" USING btree ("updated_by_id");