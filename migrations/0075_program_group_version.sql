-- Hand-written: every change to a partner group's row bumps its version, however it was made (the API,
-- a script, a test's direct update), so the Worker may keep a group's parsed reward rules per isolate
-- and trust (id, version) to say they are still the group's (workers/services/conversions/group-rules-cache.ts).
-- The API's own bump (version + 1) and this one agree: the trigger sets OLD + 1 either way.
CREATE OR REPLACE FUNCTION "affiliate"."program_group_version"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "program_groups_version" BEFORE UPDATE ON "affiliate"."program_groups"
FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "affiliate"."program_group_version"();
