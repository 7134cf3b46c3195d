CREATE TABLE "affiliate"."custom_domains" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"hostname" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"hostname_status" text,
	"ssl_status" text,
	"cloudflare_id" text,
	"records" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure_reason" text,
	"checked_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_domains_hostname_unique" UNIQUE("hostname"),
	CONSTRAINT "custom_domains_purpose_check" CHECK ("affiliate"."custom_domains"."purpose" IN ('tracking', 'portal', 'both')),
	CONSTRAINT "custom_domains_status_check" CHECK ("affiliate"."custom_domains"."status" IN ('pending', 'active', 'failed')),
	CONSTRAINT "custom_domains_hostname_lower_check" CHECK ("affiliate"."custom_domains"."hostname" = lower("affiliate"."custom_domains"."hostname"))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."custom_domains" ADD CONSTRAINT "custom_domains_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "custom_domains_organization_id_idx" ON "affiliate"."custom_domains" USING btree ("organization_id");