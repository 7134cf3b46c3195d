CREATE TABLE "affiliate"."stripe_invoice_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"invoice_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"stripe_event_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_invoice_payments_app_id_payment_id_invoice_id_unique" UNIQUE("app_id","payment_id","invoice_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."stripe_invoice_payments" ADD CONSTRAINT "stripe_invoice_payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."stripe_invoice_payments" ADD CONSTRAINT "stripe_invoice_payments_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stripe_invoice_payments_app_id_invoice_id_idx" ON "affiliate"."stripe_invoice_payments" USING btree ("app_id","invoice_id");--> statement-breakpoint
CREATE INDEX "stripe_invoice_payments_organization_id_idx" ON "affiliate"."stripe_invoice_payments" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "conversions_app_id_external_customer_id_idx" ON "affiliate"."conversions" USING btree ("app_id","external_customer_id");