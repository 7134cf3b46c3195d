CREATE TABLE "affiliate"."affiliate_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate"."affiliate_tags" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "affiliate_tags_organization_id_affiliate_id_tag_unique" UNIQUE("organization_id","affiliate_id","tag")
);
--> statement-breakpoint
DROP INDEX "affiliate"."referred_customers_organization_id_idx";--> statement-breakpoint
DROP INDEX "affiliate"."referred_customers_affiliate_id_idx";--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_notes" ADD CONSTRAINT "affiliate_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_notes" ADD CONSTRAINT "affiliate_notes_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_notes" ADD CONSTRAINT "affiliate_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_tags" ADD CONSTRAINT "affiliate_tags_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_tags" ADD CONSTRAINT "affiliate_tags_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_tags" ADD CONSTRAINT "affiliate_tags_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "affiliate_notes_organization_id_affiliate_id_id_idx" ON "affiliate"."affiliate_notes" USING btree ("organization_id","affiliate_id","id");--> statement-breakpoint
CREATE INDEX "affiliate_notes_affiliate_id_idx" ON "affiliate"."affiliate_notes" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "affiliate_notes_author_id_idx" ON "affiliate"."affiliate_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "affiliate_tags_affiliate_id_idx" ON "affiliate"."affiliate_tags" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "affiliate_tags_created_by_id_idx" ON "affiliate"."affiliate_tags" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "referred_customers_organization_id_id_idx" ON "affiliate"."referred_customers" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "referred_customers_affiliate_id_organization_id_id_idx" ON "affiliate"."referred_customers" USING btree ("affiliate_id","organization_id","id");