-- Every program has its default group from the moment it exists, however it was inserted, and an
-- enrollment inserted without a group joins its program's default group.
CREATE OR REPLACE FUNCTION "affiliate"."program_default_group"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "affiliate"."program_groups" ("id", "organization_id", "program_id", "name", "is_default")
  VALUES (
    -- A UUIDv7 built in SQL (48-bit millisecond time, version 7), like the ids the app makes.
    encode(
      set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6), 52, 1), 53, 1),
      'hex')::uuid,
    NEW."organization_id", NEW."id", 'Default', true
  );
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "programs_default_group" AFTER INSERT ON "affiliate"."programs"
FOR EACH ROW EXECUTE FUNCTION "affiliate"."program_default_group"();--> statement-breakpoint
CREATE OR REPLACE FUNCTION "affiliate"."enrollment_group_default"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT g."id" INTO NEW."group_id" FROM "affiliate"."program_groups" g
  WHERE g."program_id" = NEW."program_id" AND g."is_default";
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "enrollments_group_default" BEFORE INSERT ON "affiliate"."enrollments"
FOR EACH ROW WHEN (NEW."group_id" IS NULL) EXECUTE FUNCTION "affiliate"."enrollment_group_default"();
