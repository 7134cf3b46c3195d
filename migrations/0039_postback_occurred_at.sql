ALTER TABLE "logs"."postback_deliveries" ADD COLUMN "program_id" uuid;--> statement-breakpoint
ALTER TABLE "logs"."postback_deliveries" ADD COLUMN "occurred_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "postback_deliveries_organization_id_occurred_at_idx" ON "logs"."postback_deliveries" USING btree ("organization_id","occurred_at");--> statement-breakpoint
CREATE INDEX "postback_deliveries_affiliate_id_occurred_at_idx" ON "logs"."postback_deliveries" USING btree ("affiliate_id","occurred_at");