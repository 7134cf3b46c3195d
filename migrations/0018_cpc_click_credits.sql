ALTER TABLE "affiliate"."programs" DROP CONSTRAINT "programs_payout_model_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_org_hourly" DROP CONSTRAINT "conversion_org_hourly_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_stats_hourly" DROP CONSTRAINT "conversion_stats_hourly_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_subs_hourly" DROP CONSTRAINT "conversion_subs_hourly_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" DROP CONSTRAINT "referred_customers_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_source_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_cpc_shape_check" CHECK ("affiliate"."programs"."payout_model" <> 'cpc' OR "affiliate"."programs"."commission_type" = 'fixed');--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_payout_model_check" CHECK ("affiliate"."programs"."payout_model" IN ('cpa', 'cpl', 'cps', 'revshare', 'cpc'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_org_hourly" ADD CONSTRAINT "conversion_org_hourly_event_type_check" CHECK ("affiliate"."conversion_org_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_stats_hourly" ADD CONSTRAINT "conversion_stats_hourly_event_type_check" CHECK ("affiliate"."conversion_stats_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_subs_hourly" ADD CONSTRAINT "conversion_subs_hourly_event_type_check" CHECK ("affiliate"."conversion_subs_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click'));--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_attribution_method_check" CHECK ("affiliate"."referred_customers"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_click_credit_check" CHECK (("affiliate"."conversions"."event_type" = 'click') = ("affiliate"."conversions"."source" = 'clicks'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_event_type_check" CHECK ("affiliate"."conversions"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_source_check" CHECK ("affiliate"."conversions"."source" IN ('api', 'postback', 'stripe', 'clicks'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_attribution_method_check" CHECK ("affiliate"."conversions"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks'));