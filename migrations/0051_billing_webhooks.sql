CREATE TABLE "affiliate"."billing_webhooks" (
	"app_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"secret_encrypted" text NOT NULL,
	"last_event_at" timestamp with time zone,
	"last_event_type" text,
	"events_received" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_webhooks_pkey" PRIMARY KEY("app_id","provider"),
	CONSTRAINT "billing_webhooks_provider_check" CHECK ("affiliate"."billing_webhooks"."provider" IN ('paddle', 'lemon_squeezy', 'generic'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_source_check";--> statement-breakpoint
ALTER TABLE "affiliate"."billing_webhooks" ADD CONSTRAINT "billing_webhooks_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_source_check" CHECK ("affiliate"."conversions"."source" IN ('api', 'postback', 'stripe', 'clicks', 'workflows', 'paddle', 'lemon_squeezy', 'billing_webhook'));