ALTER TABLE "affiliate"."auth_tokens" DROP CONSTRAINT "auth_tokens_context_check";--> statement-breakpoint
ALTER TABLE "affiliate"."auth_tokens" ADD COLUMN "restores" text;--> statement-breakpoint
ALTER TABLE "affiliate"."invitations" ADD COLUMN "declined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."auth_tokens" ADD CONSTRAINT "auth_tokens_context_check" CHECK ("affiliate"."auth_tokens"."context" IN ('email_verify', 'password_reset', 'paypal_email_verify', 'paypal_email_undo'));