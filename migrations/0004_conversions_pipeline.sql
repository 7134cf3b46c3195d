CREATE TABLE "logs"."postback_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"outcome" text NOT NULL,
	"status_code" integer,
	"latency_ms" integer,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "postback_attempts_delivery_id_attempt_unique" UNIQUE("delivery_id","attempt"),
	CONSTRAINT "postback_attempts_outcome_check" CHECK ("logs"."postback_attempts"."outcome" IN ('pending', 'retrying', 'success', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ALTER COLUMN "amount_minor" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ALTER COLUMN "currency" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD COLUMN "postback_events" text[] DEFAULT '{"lead","sale","rejected"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."apps" ADD COLUMN "stripe_webhook_secret_encrypted" text;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "postback_allowed_ips" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD COLUMN "source" text DEFAULT 'api' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD COLUMN "customer_email_hash" text;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD COLUMN "attribution_trace" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD COLUMN "calculation" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "logs"."postback_deliveries" ADD COLUMN "last_latency_ms" integer;--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD CONSTRAINT "users_postback_events_check" CHECK ("affiliate"."users"."postback_events" <@ ARRAY['click', 'lead', 'sale', 'rejected']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_source_check" CHECK ("affiliate"."conversions"."source" IN ('api', 'postback', 'stripe'));