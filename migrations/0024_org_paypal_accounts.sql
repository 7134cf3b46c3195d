CREATE TABLE "affiliate"."org_paypal_accounts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_encrypted" text NOT NULL,
	"webhook_id" text,
	"verified_at" timestamp with time zone NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_paypal_accounts_mode_check" CHECK ("affiliate"."org_paypal_accounts"."mode" IN ('sandbox', 'live'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."org_paypal_accounts" ADD CONSTRAINT "org_paypal_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."org_paypal_accounts" ADD CONSTRAINT "org_paypal_accounts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_paypal_accounts_updated_by_id_idx" ON "affiliate"."org_paypal_accounts" USING btree ("updated_by_id");