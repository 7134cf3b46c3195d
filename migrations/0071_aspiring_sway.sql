CREATE TABLE "affiliate"."conversion_creatives_hourly" (
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"creative_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"conversions" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "conversion_creatives_hourly_pkey" PRIMARY KEY("organization_id","program_id","hour","enrollment_id","creative_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."stats_counted_conversions" ADD COLUMN "creative_id" uuid;--> statement-breakpoint
CREATE INDEX "conversion_creatives_hourly_hour_idx" ON "affiliate"."conversion_creatives_hourly" USING btree ("hour");--> statement-breakpoint
CREATE INDEX "stats_counted_conversions_creative_id_idx" ON "affiliate"."stats_counted_conversions" USING btree ("creative_id") WHERE "affiliate"."stats_counted_conversions"."creative_id" IS NOT NULL;