CREATE TABLE "affiliate"."click_links_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"link_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	CONSTRAINT "click_links_hourly_pkey" PRIMARY KEY("hour","program_id","enrollment_id","link_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."click_rejections_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"program_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"reason" text NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "click_rejections_hourly_pkey" PRIMARY KEY("hour","organization_id","program_id","enrollment_id","reason"),
	CONSTRAINT "click_rejections_hourly_reason_check" CHECK ("affiliate"."click_rejections_hourly"."reason" IN ('unknown_code', 'inactive_program', 'inactive_enrollment', 'geo_blocked', 'cap_reached', 'bot', 'prefetch', 'rate_limited', 'invalid_target'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."click_subs_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"slot" smallint NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "click_subs_hourly_pkey" PRIMARY KEY("hour","program_id","enrollment_id","slot","value"),
	CONSTRAINT "click_subs_hourly_slot_check" CHECK ("affiliate"."click_subs_hourly"."slot" BETWEEN 1 AND 10)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."click_tech_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"device_type" text DEFAULT 'unknown' NOT NULL,
	"os" text DEFAULT '' NOT NULL,
	"browser" text DEFAULT '' NOT NULL,
	CONSTRAINT "click_tech_hourly_pkey" PRIMARY KEY("hour","program_id","enrollment_id","device_type","os","browser")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."commission_stats_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"country" char(2) DEFAULT 'ZZ' NOT NULL,
	"device_type" text DEFAULT 'unknown' NOT NULL,
	"currency" char(3) NOT NULL,
	"lines" bigint DEFAULT 0 NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "commission_stats_hourly_pkey" PRIMARY KEY("organization_id","hour","app_id","program_id","enrollment_id","beneficiary_id","level","kind","status","country","device_type","currency"),
	CONSTRAINT "commission_stats_hourly_kind_check" CHECK ("affiliate"."commission_stats_hourly"."kind" IN ('commission', 'adjustment')),
	CONSTRAINT "commission_stats_hourly_status_check" CHECK ("affiliate"."commission_stats_hourly"."status" IN ('pending', 'approved', 'in_payout', 'paid', 'rejected', 'reversed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."commission_subs_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"slot" smallint NOT NULL,
	"value" text NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) NOT NULL,
	"lines" bigint DEFAULT 0 NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "commission_subs_hourly_pkey" PRIMARY KEY("organization_id","hour","app_id","program_id","enrollment_id","slot","value","status","currency"),
	CONSTRAINT "commission_subs_hourly_slot_check" CHECK ("affiliate"."commission_subs_hourly"."slot" BETWEEN 1 AND 10),
	CONSTRAINT "commission_subs_hourly_status_check" CHECK ("affiliate"."commission_subs_hourly"."status" IN ('pending', 'approved', 'in_payout', 'paid', 'rejected', 'reversed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."conversion_stats_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"country" char(2) DEFAULT 'ZZ' NOT NULL,
	"device_type" text DEFAULT 'unknown' NOT NULL,
	"event_type" text NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) DEFAULT 'XXX' NOT NULL,
	"conversions" bigint DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "conversion_stats_hourly_pkey" PRIMARY KEY("organization_id","hour","app_id","program_id","enrollment_id","country","device_type","event_type","status","currency"),
	CONSTRAINT "conversion_stats_hourly_event_type_check" CHECK ("affiliate"."conversion_stats_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel')),
	CONSTRAINT "conversion_stats_hourly_status_check" CHECK ("affiliate"."conversion_stats_hourly"."status" IN ('pending', 'flagged', 'approved', 'rejected', 'reversed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."conversion_subs_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"slot" smallint NOT NULL,
	"value" text NOT NULL,
	"event_type" text NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) DEFAULT 'XXX' NOT NULL,
	"conversions" bigint DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "conversion_subs_hourly_pkey" PRIMARY KEY("organization_id","hour","app_id","program_id","enrollment_id","slot","value","event_type","status","currency"),
	CONSTRAINT "conversion_subs_hourly_slot_check" CHECK ("affiliate"."conversion_subs_hourly"."slot" BETWEEN 1 AND 10),
	CONSTRAINT "conversion_subs_hourly_event_type_check" CHECK ("affiliate"."conversion_subs_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel')),
	CONSTRAINT "conversion_subs_hourly_status_check" CHECK ("affiliate"."conversion_subs_hourly"."status" IN ('pending', 'flagged', 'approved', 'rejected', 'reversed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."enrollment_totals" (
	"enrollment_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"conversions" bigint DEFAULT 0 NOT NULL,
	"earnings_minor" bigint DEFAULT 0 NOT NULL,
	"currency" char(3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affiliate"."enrollment_totals" ADD CONSTRAINT "enrollment_totals_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "click_links_hourly_organization_id_hour_idx" ON "affiliate"."click_links_hourly" USING btree ("organization_id","hour");--> statement-breakpoint
CREATE INDEX "click_links_hourly_affiliate_id_hour_idx" ON "affiliate"."click_links_hourly" USING btree ("affiliate_id","hour");--> statement-breakpoint
CREATE INDEX "click_rejections_hourly_organization_id_hour_idx" ON "affiliate"."click_rejections_hourly" USING btree ("organization_id","hour");--> statement-breakpoint
CREATE INDEX "click_rejections_hourly_affiliate_id_hour_idx" ON "affiliate"."click_rejections_hourly" USING btree ("affiliate_id","hour");--> statement-breakpoint
CREATE INDEX "click_subs_hourly_organization_id_slot_hour_idx" ON "affiliate"."click_subs_hourly" USING btree ("organization_id","slot","hour");--> statement-breakpoint
CREATE INDEX "click_subs_hourly_affiliate_id_slot_hour_idx" ON "affiliate"."click_subs_hourly" USING btree ("affiliate_id","slot","hour");--> statement-breakpoint
CREATE INDEX "click_tech_hourly_organization_id_hour_idx" ON "affiliate"."click_tech_hourly" USING btree ("organization_id","hour");--> statement-breakpoint
CREATE INDEX "click_tech_hourly_affiliate_id_hour_idx" ON "affiliate"."click_tech_hourly" USING btree ("affiliate_id","hour");--> statement-breakpoint
CREATE INDEX "commission_stats_hourly_beneficiary_id_hour_idx" ON "affiliate"."commission_stats_hourly" USING btree ("beneficiary_id","hour");--> statement-breakpoint
CREATE INDEX "commission_stats_hourly_hour_idx" ON "affiliate"."commission_stats_hourly" USING btree ("hour");--> statement-breakpoint
CREATE INDEX "commission_subs_hourly_affiliate_id_slot_hour_idx" ON "affiliate"."commission_subs_hourly" USING btree ("affiliate_id","slot","hour");--> statement-breakpoint
CREATE INDEX "conversion_stats_hourly_affiliate_id_hour_idx" ON "affiliate"."conversion_stats_hourly" USING btree ("affiliate_id","hour");--> statement-breakpoint
CREATE INDEX "conversion_stats_hourly_hour_idx" ON "affiliate"."conversion_stats_hourly" USING btree ("hour");--> statement-breakpoint
CREATE INDEX "conversion_subs_hourly_affiliate_id_slot_hour_idx" ON "affiliate"."conversion_subs_hourly" USING btree ("affiliate_id","slot","hour");--> statement-breakpoint
CREATE INDEX "enrollment_totals_organization_id_idx" ON "affiliate"."enrollment_totals" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "enrollment_totals_program_id_idx" ON "affiliate"."enrollment_totals" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "enrollment_totals_affiliate_id_idx" ON "affiliate"."enrollment_totals" USING btree ("affiliate_id");