CREATE TABLE "affiliate"."stripe_promotion_codes" (
	"enrollment_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"discount" jsonb,
	"code" text,
	"want_active" boolean DEFAULT false NOT NULL,
	"coupon_id" text,
	"promotion_code_id" text,
	"active" boolean DEFAULT false NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_promotion_codes_status_check" CHECK ("affiliate"."stripe_promotion_codes"."status" IN ('pending', 'synced', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."apps" ADD COLUMN "stripe_restricted_key_encrypted" text;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "discount" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "discount_in_link" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ADD COLUMN "discount" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."stripe_promotion_codes" ADD CONSTRAINT "stripe_promotion_codes_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."stripe_promotion_codes" ADD CONSTRAINT "stripe_promotion_codes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."stripe_promotion_codes" ADD CONSTRAINT "stripe_promotion_codes_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stripe_promotion_codes_due_idx" ON "affiliate"."stripe_promotion_codes" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "stripe_promotion_codes_organization_id_idx" ON "affiliate"."stripe_promotion_codes" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "stripe_promotion_codes_app_id_idx" ON "affiliate"."stripe_promotion_codes" USING btree ("app_id");--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_discount_check" CHECK (jsonb_typeof("affiliate"."programs"."discount") = 'object');--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ADD CONSTRAINT "program_groups_discount_check" CHECK (jsonb_typeof("affiliate"."program_groups"."discount") = 'object');