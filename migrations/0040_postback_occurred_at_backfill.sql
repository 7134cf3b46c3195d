-- Deliveries written before occurred_at and program_id existed got the migration's time: they take their
-- event's time and program (the conversion's, else the click's), or their own creation time when the event is gone.
UPDATE "logs"."postback_deliveries" SET "occurred_at" = "created_at";--> statement-breakpoint
UPDATE "logs"."postback_deliveries" AS "d"
SET "occurred_at" = "c"."occurred_at", "program_id" = "c"."program_id"
FROM "affiliate"."conversions" AS "c"
WHERE "d"."conversion_id" = "c"."id";--> statement-breakpoint
UPDATE "logs"."postback_deliveries" AS "d"
SET "occurred_at" = "k"."clicked_at", "program_id" = "k"."program_id"
FROM "affiliate"."clicks" AS "k"
WHERE "d"."conversion_id" IS NULL AND "d"."click_id" = "k"."id";
