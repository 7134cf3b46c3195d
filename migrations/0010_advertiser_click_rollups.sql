CREATE TABLE "affiliate"."click_enrollment_daily" (
	"organization_id" uuid NOT NULL,
	"day" timestamp with time zone NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"app_id" uuid NOT NULL,
	"affiliate_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"rejected_clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "click_enrollment_daily_pkey" PRIMARY KEY("organization_id","day","program_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."click_geo_hourly" (
	"organization_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"country" char(2) DEFAULT 'ZZ' NOT NULL,
	"device_type" text DEFAULT 'unknown' NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"rejected_clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "click_geo_hourly_pkey" PRIMARY KEY("organization_id","hour","country","device_type")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."click_program_hourly" (
	"organization_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"program_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	"rejected_clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "click_program_hourly_pkey" PRIMARY KEY("organization_id","hour","program_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."click_subs_daily" (
	"organization_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"day" timestamp with time zone NOT NULL,
	"value" text NOT NULL,
	"clicks" bigint DEFAULT 0 NOT NULL,
	"unique_clicks" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "click_subs_daily_pkey" PRIMARY KEY("organization_id","slot","day","value"),
	CONSTRAINT "click_subs_daily_slot_check" CHECK ("affiliate"."click_subs_daily"."slot" BETWEEN 1 AND 10)
);
--> statement-breakpoint
CREATE INDEX "click_enrollment_daily_affiliate_id_day_idx" ON "affiliate"."click_enrollment_daily" USING btree ("affiliate_id","day");--> statement-breakpoint
CREATE INDEX "click_geo_hourly_hour_idx" ON "affiliate"."click_geo_hourly" USING btree ("hour");--> statement-breakpoint
CREATE INDEX "click_program_hourly_hour_idx" ON "affiliate"."click_program_hourly" USING btree ("hour");