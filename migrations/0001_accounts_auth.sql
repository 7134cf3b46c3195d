CREATE TABLE "logs"."rate_limit_hits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_limit_hits_bucket_check" CHECK ("logs"."rate_limit_hits"."bucket" IN ('login_failure', 'two_factor_failure', 'password_failure', 'password_reset', 'verification_resend', 'signup'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD COLUMN "totp_last_used_step" bigint;--> statement-breakpoint
CREATE INDEX "rate_limit_hits_bucket_key_created_at_idx" ON "logs"."rate_limit_hits" USING btree ("bucket","key","created_at");