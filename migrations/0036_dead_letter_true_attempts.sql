-- Letters the runtime moved to a dead-letter queue were recorded with that queue's own delivery count (1).
-- A postback's true count is its delivery log's; any other queue's is its max_retries + 1 at the time.
UPDATE "logs"."dead_letters" AS "d"
SET "attempts" = "p"."attempts"
FROM "logs"."postback_deliveries" AS "p"
WHERE "d"."queue" = 'postbacks'
  AND "d"."reason" = 'max_retries_exceeded'
  AND "p"."attempts" > "d"."attempts"
  AND (
    "p"."id"::text = "d"."body"->>'replayOf'
    OR (
      "p"."affiliate_id"::text = "d"."body"->>'affiliateId'
      AND "p"."event_type" = "d"."body"->>'eventType'
      AND "p"."event_key" = "d"."body"->>'eventKey'
    )
  );--> statement-breakpoint
UPDATE "logs"."dead_letters"
SET "attempts" = CASE "queue" WHEN 'conversions' THEN 21 ELSE 11 END
WHERE "reason" = 'max_retries_exceeded'
  AND "queue" IN ('clicks', 'conversions', 'notifications', 'webhooks')
  AND "attempts" < CASE "queue" WHEN 'conversions' THEN 21 ELSE 11 END;
