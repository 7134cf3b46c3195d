CREATE TABLE "affiliate"."organization_rail_fees" (
	"organization_id" uuid NOT NULL,
	"rail" text NOT NULL,
	"bps" integer NOT NULL,
	"fixed_minor" bigint NOT NULL,
	"cap_minor" bigint,
	"cap_currency" char(3),
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_rail_fees_organization_id_rail_pk" PRIMARY KEY("organization_id","rail"),
	CONSTRAINT "organization_rail_fees_rail_check" CHECK ("affiliate"."organization_rail_fees"."rail" IN ('paypal', 'stripe')),
	CONSTRAINT "organization_rail_fees_amounts_check" CHECK ("affiliate"."organization_rail_fees"."bps" BETWEEN 0 AND 10000 AND "affiliate"."organization_rail_fees"."fixed_minor" BETWEEN 0 AND 1000000
          AND ("affiliate"."organization_rail_fees"."cap_minor" IS NULL) = ("affiliate"."organization_rail_fees"."cap_currency" IS NULL) AND coalesce("affiliate"."organization_rail_fees"."cap_minor", 1) BETWEEN 1 AND 1000000)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."platform_settings" ADD COLUMN "rail_fees" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" ADD CONSTRAINT "organization_rail_fees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" ADD CONSTRAINT "organization_rail_fees_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_rail_fees_updated_by_id_idx" ON "affiliate"."organization_rail_fees" USING btree ("updated_by_id");