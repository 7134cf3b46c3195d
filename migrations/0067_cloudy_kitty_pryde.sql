CREATE TABLE "affiliate"."org_stripe_accounts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"stripe_account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"secret_key_last4" text NOT NULL,
	"secret_key_encrypted" text NOT NULL,
	"webhook_secret_encrypted" text,
	"verified_at" timestamp with time zone NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate"."payout_methods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"country" text NOT NULL,
	"rail" text NOT NULL,
	"stripe_account_id" text,
	"stripe_details_submitted" boolean DEFAULT false NOT NULL,
	"stripe_payouts_enabled" boolean DEFAULT false NOT NULL,
	"stripe_requirements_due" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stripe_last_payout_status" text,
	"stripe_last_payout_failure" text,
	"stripe_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_methods_affiliate_id_organization_id_unique" UNIQUE("affiliate_id","organization_id"),
	CONSTRAINT "payout_methods_stripe_account_id_unique" UNIQUE("stripe_account_id"),
	CONSTRAINT "payout_methods_rail_check" CHECK ("affiliate"."payout_methods"."rail" IN ('paypal', 'stripe'))
);
--> statement-breakpoint
CREATE TABLE "logs"."stripe_payout_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"account" text,
	"payload" jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_payout_events_organization_id_event_id_unique" UNIQUE("organization_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ALTER COLUMN "receiver_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" ADD COLUMN "rail" text DEFAULT 'paypal' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD COLUMN "rail" text DEFAULT 'paypal' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD COLUMN "stripe_account_id" text;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD COLUMN "stripe_transfer_id" text;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD COLUMN "fee_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."org_stripe_accounts" ADD CONSTRAINT "org_stripe_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."org_stripe_accounts" ADD CONSTRAINT "org_stripe_accounts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" ADD CONSTRAINT "payout_methods_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" ADD CONSTRAINT "payout_methods_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_stripe_accounts_updated_by_id_idx" ON "affiliate"."org_stripe_accounts" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "payout_methods_organization_id_idx" ON "affiliate"."payout_methods" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "stripe_payout_events_received_at_idx" ON "logs"."stripe_payout_events" USING btree ("received_at");--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_stripe_transfer_id_unique" UNIQUE("stripe_transfer_id");--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" ADD CONSTRAINT "payout_batch_parts_rail_check" CHECK ("affiliate"."payout_batch_parts"."rail" IN ('paypal', 'stripe'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_rail_check" CHECK ("affiliate"."payout_items"."rail" IN ('paypal', 'stripe'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_destination_check" CHECK (("affiliate"."payout_items"."rail" = 'paypal' AND "affiliate"."payout_items"."receiver_email" IS NOT NULL) OR ("affiliate"."payout_items"."rail" = 'stripe' AND "affiliate"."payout_items"."stripe_account_id" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_fee_minor_check" CHECK ("affiliate"."payout_items"."fee_minor" >= 0);