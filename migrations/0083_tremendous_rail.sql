CREATE TABLE "affiliate"."org_tremendous_accounts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"api_key_encrypted" text NOT NULL,
	"api_key_last4" text NOT NULL,
	"webhook_key_encrypted" text,
	"funding_source_id" text NOT NULL,
	"allow_below_minimum" boolean DEFAULT false NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logs"."tremendous_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tremendous_events_organization_id_event_id_unique" UNIQUE("organization_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."tremendous_orders" (
	"payout_item_id" uuid PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"reward_id" text,
	"order_status" text NOT NULL,
	"delivery_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tremendous_orders_order_id_unique" UNIQUE("order_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" DROP CONSTRAINT "payout_batch_parts_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" DROP CONSTRAINT "payout_items_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" DROP CONSTRAINT "organization_rail_fees_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" DROP CONSTRAINT "payout_methods_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" DROP CONSTRAINT "organization_tax_settings_rails_check";--> statement-breakpoint
ALTER TABLE "affiliate"."org_tremendous_accounts" ADD CONSTRAINT "org_tremendous_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."org_tremendous_accounts" ADD CONSTRAINT "org_tremendous_accounts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."tremendous_orders" ADD CONSTRAINT "tremendous_orders_payout_item_id_payout_items_id_fk" FOREIGN KEY ("payout_item_id") REFERENCES "affiliate"."payout_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_tremendous_accounts_updated_by_id_idx" ON "affiliate"."org_tremendous_accounts" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "tremendous_events_received_at_idx" ON "logs"."tremendous_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "tremendous_orders_reward_id_idx" ON "affiliate"."tremendous_orders" USING btree ("reward_id");--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" ADD CONSTRAINT "payout_batch_parts_rail_check" CHECK ("affiliate"."payout_batch_parts"."rail" IN ('paypal', 'stripe', 'external', 'tremendous'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_rail_check" CHECK ("affiliate"."payout_items"."rail" IN ('paypal', 'stripe', 'external', 'tremendous'));--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" ADD CONSTRAINT "organization_rail_fees_rail_check" CHECK ("affiliate"."organization_rail_fees"."rail" IN ('paypal', 'stripe', 'external', 'tremendous'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" ADD CONSTRAINT "payout_methods_rail_check" CHECK ("affiliate"."payout_methods"."rail" IN ('paypal', 'stripe', 'external', 'tremendous'));--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" ADD CONSTRAINT "organization_tax_settings_rails_check" CHECK ("affiliate"."organization_tax_settings"."form1099_excluded_rails" <@ ARRAY['paypal', 'stripe', 'external', 'tremendous']::text[]);