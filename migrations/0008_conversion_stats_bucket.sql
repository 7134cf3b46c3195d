ALTER TABLE "affiliate"."conversions" ADD COLUMN "stats_enrollment_id" uuid;--> statement-breakpoint
-- The rollups were built per (advertiser, hour) from each conversion's current enrollment.
UPDATE "affiliate"."conversions" SET "stats_enrollment_id" = coalesce("enrollment_id", '00000000-0000-0000-0000-000000000000'::uuid);
