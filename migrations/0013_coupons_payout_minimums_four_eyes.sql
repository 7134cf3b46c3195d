CREATE TABLE "affiliate"."payout_minimums" (
	"currency" char(3) PRIMARY KEY NOT NULL,
	"min_minor" bigint NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_minimums_currency_check" CHECK ("affiliate"."payout_minimums"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payout_minimums_min_minor_check" CHECK ("affiliate"."payout_minimums"."min_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" DROP CONSTRAINT "enrollments_program_id_coupon_code_unique";--> statement-breakpoint
DROP INDEX "affiliate"."enrollments_coupon_code_idx";--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ALTER COLUMN "payout_min_minor" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ALTER COLUMN "payout_min_minor" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."organizations" ADD COLUMN "payout_four_eyes" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_minimums" ADD CONSTRAINT "payout_minimums_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."enrollments" ADD CONSTRAINT "enrollments_organization_id_coupon_code_unique" UNIQUE("organization_id","coupon_code");