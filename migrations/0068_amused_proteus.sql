CREATE TABLE "affiliate"."affiliate_vat_ids" (
	"affiliate_id" uuid PRIMARY KEY NOT NULL,
	"country_code" char(2) NOT NULL,
	"vat_number_encrypted" text NOT NULL,
	"vat_number_last4" char(4) NOT NULL,
	"valid" text NOT NULL,
	"registered_name" text,
	"registered_address" text,
	"checked_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate"."tax_forms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"organization_id" uuid,
	"kind" text NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"legal_name" text NOT NULL,
	"business_name" text,
	"tax_classification" text,
	"country" char(2) NOT NULL,
	"address_line" text NOT NULL,
	"city" text NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"postal_code" text NOT NULL,
	"tin_encrypted" text NOT NULL,
	"tin_last4" char(4) NOT NULL,
	"tin_type" text NOT NULL,
	"treaty_country" char(2),
	"treaty_rate_bps" integer,
	"signature_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_ip" text NOT NULL,
	"pseudonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tax_forms_kind_check" CHECK ("affiliate"."tax_forms"."kind" IN ('w9', 'w8ben', 'w8bene')),
	CONSTRAINT "tax_forms_status_check" CHECK ("affiliate"."tax_forms"."status" IN ('valid', 'superseded')),
	CONSTRAINT "tax_forms_tin_type_check" CHECK ("affiliate"."tax_forms"."tin_type" IN ('ssn', 'ein', 'itin', 'foreign')),
	CONSTRAINT "tax_forms_treaty_rate_bps_check" CHECK ("affiliate"."tax_forms"."treaty_rate_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "tax_forms_w9_classification_check" CHECK (("affiliate"."tax_forms"."kind" = 'w9') = ("affiliate"."tax_forms"."tax_classification" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."form_1099_thresholds" (
	"year" integer PRIMARY KEY NOT NULL,
	"amount_minor" bigint NOT NULL,
	"set_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_1099_thresholds_check" CHECK ("affiliate"."form_1099_thresholds"."year" >= 2027 AND "affiliate"."form_1099_thresholds"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."organization_tax_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"form_requirement" text DEFAULT 'never' NOT NULL,
	"threshold_minor" bigint,
	"threshold_currency" char(3),
	"accepts_shared_forms" boolean DEFAULT true NOT NULL,
	"form1099_excluded_rails" text[] DEFAULT '{}'::text[] NOT NULL,
	"legal_name" text DEFAULT '' NOT NULL,
	"address_line" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"country" char(2),
	"payer_tin_encrypted" text,
	"payer_tin_last4" char(4),
	"vat_id" text,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_tax_settings_form_requirement_check" CHECK ("affiliate"."organization_tax_settings"."form_requirement" IN ('always', 'above_amount', 'never')),
	CONSTRAINT "organization_tax_settings_rails_check" CHECK ("affiliate"."organization_tax_settings"."form1099_excluded_rails" <@ ARRAY['paypal', 'stripe']::text[]),
	CONSTRAINT "organization_tax_settings_threshold_check" CHECK ("affiliate"."organization_tax_settings"."form_requirement" <> 'above_amount' OR ("affiliate"."organization_tax_settings"."threshold_minor" >= 0 AND "affiliate"."organization_tax_settings"."threshold_currency" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."invoice_counters" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate"."self_billing_invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"payout_item_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"supplier_name" text NOT NULL,
	"supplier_address" text NOT NULL,
	"supplier_vat_country" char(2) NOT NULL,
	"supplier_vat_encrypted" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_address" text NOT NULL,
	"customer_country" char(2),
	"customer_vat_id" text,
	"reverse_charge" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_billing_invoices_org_number_unique" UNIQUE("organization_id","number"),
	CONSTRAINT "self_billing_invoices_payout_item_id_unique" UNIQUE("payout_item_id"),
	CONSTRAINT "self_billing_invoices_number_check" CHECK ("affiliate"."self_billing_invoices"."number" > 0)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."affiliate_vat_ids" ADD CONSTRAINT "affiliate_vat_ids_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."tax_forms" ADD CONSTRAINT "tax_forms_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."tax_forms" ADD CONSTRAINT "tax_forms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."form_1099_thresholds" ADD CONSTRAINT "form_1099_thresholds_set_by_id_users_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" ADD CONSTRAINT "organization_tax_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."organization_tax_settings" ADD CONSTRAINT "organization_tax_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."invoice_counters" ADD CONSTRAINT "invoice_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_payout_item_id_payout_items_id_fk" FOREIGN KEY ("payout_item_id") REFERENCES "affiliate"."payout_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."self_billing_invoices" ADD CONSTRAINT "self_billing_invoices_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tax_forms_affiliate_id_idx" ON "affiliate"."tax_forms" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "tax_forms_organization_id_idx" ON "affiliate"."tax_forms" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_forms_one_valid_idx" ON "affiliate"."tax_forms" USING btree ("affiliate_id","organization_id") WHERE "affiliate"."tax_forms"."status" = 'valid' AND "affiliate"."tax_forms"."organization_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "tax_forms_one_valid_shared_idx" ON "affiliate"."tax_forms" USING btree ("affiliate_id") WHERE "affiliate"."tax_forms"."status" = 'valid' AND "affiliate"."tax_forms"."organization_id" IS NULL;--> statement-breakpoint
CREATE INDEX "form_1099_thresholds_set_by_id_idx" ON "affiliate"."form_1099_thresholds" USING btree ("set_by_id");--> statement-breakpoint
CREATE INDEX "organization_tax_settings_updated_by_id_idx" ON "affiliate"."organization_tax_settings" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "self_billing_invoices_affiliate_id_idx" ON "affiliate"."self_billing_invoices" USING btree ("affiliate_id");