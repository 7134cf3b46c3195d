CREATE TABLE "affiliate"."disputes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"external_dispute_id" text NOT NULL,
	"order_id" text,
	"conversion_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"refund_conversion_id" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disputes_app_id_external_dispute_id_unique" UNIQUE("app_id","external_dispute_id"),
	CONSTRAINT "disputes_status_check" CHECK ("affiliate"."disputes"."status" IN ('open', 'won', 'lost'))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."commission_org_hourly" DROP CONSTRAINT "commission_org_hourly_status_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" DROP CONSTRAINT "commission_stats_hourly_status_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commission_subs_hourly" DROP CONSTRAINT "commission_subs_hourly_status_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" DROP CONSTRAINT "commissions_status_check";--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "cancel_voids_within_days" integer;--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD COLUMN "cancel_effect" text;--> statement-breakpoint
ALTER TABLE "affiliate"."disputes" ADD CONSTRAINT "disputes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."disputes" ADD CONSTRAINT "disputes_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."disputes" ADD CONSTRAINT "disputes_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "affiliate"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."disputes" ADD CONSTRAINT "disputes_refund_conversion_id_conversions_id_fk" FOREIGN KEY ("refund_conversion_id") REFERENCES "affiliate"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disputes_organization_id_idx" ON "affiliate"."disputes" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "disputes_conversion_id_idx" ON "affiliate"."disputes" USING btree ("conversion_id");--> statement-breakpoint
CREATE INDEX "disputes_refund_conversion_id_idx" ON "affiliate"."disputes" USING btree ("refund_conversion_id");--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_cancel_voids_within_days_check" CHECK ("affiliate"."programs"."cancel_voids_within_days" > 0);--> statement-breakpoint
ALTER TABLE "affiliate"."commission_org_hourly" ADD CONSTRAINT "commission_org_hourly_status_check" CHECK ("affiliate"."commission_org_hourly"."status" IN ('pending', 'approved', 'disputed', 'in_payout', 'paid', 'rejected', 'reversed'));--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" ADD CONSTRAINT "commission_stats_hourly_status_check" CHECK ("affiliate"."commission_stats_hourly"."status" IN ('pending', 'approved', 'disputed', 'in_payout', 'paid', 'rejected', 'reversed'));--> statement-breakpoint
ALTER TABLE "affiliate"."commission_subs_hourly" ADD CONSTRAINT "commission_subs_hourly_status_check" CHECK ("affiliate"."commission_subs_hourly"."status" IN ('pending', 'approved', 'disputed', 'in_payout', 'paid', 'rejected', 'reversed'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_cancel_effect_check" CHECK ("affiliate"."conversions"."cancel_effect" IN ('recurring_ended', 'sale_voided', 'not_found'));--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_status_check" CHECK ("affiliate"."commissions"."status" IN ('pending', 'approved', 'disputed', 'in_payout', 'paid', 'rejected', 'reversed'));