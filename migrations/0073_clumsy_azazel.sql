ALTER TABLE "affiliate"."self_billing_invoices" DROP CONSTRAINT "self_billing_invoices_payout_item_id_unique";--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD COLUMN "kind" text DEFAULT 'invoice' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD COLUMN "credits_invoice_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD COLUMN "credit_reason" text;--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_credits_invoice_id_self_billing_invoices_id_fk" FOREIGN KEY ("credits_invoice_id") REFERENCES "affiliate"."self_billing_invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "self_billing_invoices_payout_item_id_unique" ON "affiliate"."self_billing_invoices" USING btree ("payout_item_id") WHERE "affiliate"."self_billing_invoices"."kind" = 'invoice';--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_credits_invoice_id_unique" UNIQUE("credits_invoice_id");--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_credit_note_check" CHECK (("affiliate"."self_billing_invoices"."kind" = 'credit_note') = ("affiliate"."self_billing_invoices"."credits_invoice_id" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_kind_check" CHECK ("affiliate"."self_billing_invoices"."kind" IN ('invoice', 'credit_note'));