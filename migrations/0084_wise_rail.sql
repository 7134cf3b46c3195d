CREATE TABLE "logs"."wise_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_key" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wise_events_event_key_unique" UNIQUE("event_key")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."wise_recipients" (
	"affiliate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"currency" text NOT NULL,
	"country" text NOT NULL,
	"type" text NOT NULL,
	"account_holder_name" text NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wise_recipients_affiliate_id_organization_id_pk" PRIMARY KEY("affiliate_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."wise_transfers" (
	"payout_item_id" uuid PRIMARY KEY NOT NULL,
	"customer_transaction_id" uuid NOT NULL,
	"quote_id" text NOT NULL,
	"transfer_id" text NOT NULL,
	"state" text NOT NULL,
	"funded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wise_transfers_transfer_id_unique" UNIQUE("transfer_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" DROP CONSTRAINT "payout_batch_parts_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" DROP CONSTRAINT "payout_items_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" DROP CONSTRAINT "organization_rail_fees_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" DROP CONSTRAINT "payout_methods_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" DROP CONSTRAINT "organization_tax_settings_rails_check";--> statement-breakpoint
ALTER TABLE "affiliate"."wise_recipients" ADD CONSTRAINT "wise_recipients_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."wise_recipients" ADD CONSTRAINT "wise_recipients_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."wise_transfers" ADD CONSTRAINT "wise_transfers_payout_item_id_payout_items_id_fk" FOREIGN KEY ("payout_item_id") REFERENCES "affiliate"."payout_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wise_events_received_at_idx" ON "logs"."wise_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "wise_recipients_organization_id_idx" ON "affiliate"."wise_recipients" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" ADD CONSTRAINT "payout_batch_parts_rail_check" CHECK ("affiliate"."payout_batch_parts"."rail" IN ('paypal', 'stripe', 'external', 'tremendous', 'wise'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_rail_check" CHECK ("affiliate"."payout_items"."rail" IN ('paypal', 'stripe', 'external', 'tremendous', 'wise'));--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" ADD CONSTRAINT "organization_rail_fees_rail_check" CHECK ("affiliate"."organization_rail_fees"."rail" IN ('paypal', 'stripe', 'external', 'tremendous', 'wise'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" ADD CONSTRAINT "payout_methods_rail_check" CHECK ("affiliate"."payout_methods"."rail" IN ('paypal', 'stripe', 'external', 'tremendous', 'wise'));--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" ADD CONSTRAINT "organization_tax_settings_rails_check" CHECK ("affiliate"."organization_tax_settings"."form1099_excluded_rails" <@ ARRAY['paypal', 'stripe', 'external', 'tremendous', 'wise']::text[]);