-- Every program gets its default group with every term NULL ("the program's"), so no commission
-- changes; every enrollment joins its program's default group.
-- The ids are UUIDv7 built in SQL (48-bit millisecond time, version 7), like the ids the app makes.
INSERT INTO "affiliate"."program_groups" ("id", "organization_id", "program_id", "name", "is_default")
SELECT
  encode(
    set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
      FROM 1 FOR 6), 52, 1), 53, 1),
    'hex')::uuid,
  p."organization_id", p."id", 'Default', true
FROM "affiliate"."programs" p
WHERE NOT EXISTS (SELECT 1 FROM "affiliate"."program_groups" g WHERE g."program_id" = p."id" AND g."is_default");--> statement-breakpoint
UPDATE "affiliate"."enrollments" e SET "group_id" = g."id"
FROM "affiliate"."program_groups" g
WHERE g."program_id" = e."program_id" AND g."is_default" AND e."group_id" IS NULL;
