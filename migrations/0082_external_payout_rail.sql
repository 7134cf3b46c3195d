ALTER TABLE "affiliate"."payout_batch_parts" DROP CONSTRAINT "payout_batch_parts_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" DROP CONSTRAINT "payout_items_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" DROP CONSTRAINT "organization_rail_fees_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" DROP CONSTRAINT "payout_methods_rail_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" DROP CONSTRAINT "organization_tax_settings_rails_check";--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" ADD CONSTRAINT "payout_batch_parts_rail_check" CHECK ("affiliate"."payout_batch_parts"."rail" IN ('paypal', 'stripe', 'external'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD CONSTRAINT "payout_items_rail_check" CHECK ("affiliate"."payout_items"."rail" IN ('paypal', 'stripe', 'external'));--> statement-breakpoint
ALTER TABLE "affiliate"."organization_rail_fees" ADD CONSTRAINT "organization_rail_fees_rail_check" CHECK ("affiliate"."organization_rail_fees"."rail" IN ('paypal', 'stripe', 'external'));--> statement-breakpoint
ALTER TABLE "affiliate"."payout_methods" ADD CONSTRAINT "payout_methods_rail_check" CHECK ("affiliate"."payout_methods"."rail" IN ('paypal', 'stripe', 'external'));--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" ADD CONSTRAINT "organization_tax_settings_rails_check" CHECK ("affiliate"."organization_tax_settings"."form1099_excluded_rails" <@ ARRAY['paypal', 'stripe', 'external']::text[]);