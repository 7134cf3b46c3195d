CREATE TABLE "affiliate"."reward_rule_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"rules" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ADD COLUMN "reward_rule_set_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."reward_rule_sets" ADD CONSTRAINT "reward_rule_sets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reward_rule_sets_group_id_idx" ON "affiliate"."reward_rule_sets" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ADD CONSTRAINT "program_groups_reward_rule_set_id_reward_rule_sets_id_fk" FOREIGN KEY ("reward_rule_set_id") REFERENCES "affiliate"."reward_rule_sets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- Hand-written from here: every group's rules as they are now become its first set (the version trigger is
-- held off, since the group's terms do not change)...
ALTER TABLE "affiliate"."program_groups" DISABLE TRIGGER "program_groups_version";--> statement-breakpoint
WITH sets AS (
  INSERT INTO "affiliate"."reward_rule_sets" ("id", "organization_id", "group_id", "rules")
  SELECT gen_random_uuid(), "organization_id", "id", "reward_rules" FROM "affiliate"."program_groups"
  RETURNING "id", "group_id"
)
UPDATE "affiliate"."program_groups" g SET "reward_rule_set_id" = sets."id" FROM sets WHERE g."id" = sets."group_id";--> statement-breakpoint
ALTER TABLE "affiliate"."program_groups" ENABLE TRIGGER "program_groups_version";--> statement-breakpoint
-- ...and from now on every change to a group's rules, however it is made (the API, a script, a test's direct
-- update), writes a new set and points the group at it; the pointer is never set by hand. Commission lines
-- record the set their verdicts were decided against (workers/domain/reward-rules.ts, StoredVerdict).
CREATE OR REPLACE FUNCTION "affiliate"."program_group_rule_set"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."reward_rules" IS DISTINCT FROM OLD."reward_rules" THEN
    INSERT INTO "affiliate"."reward_rule_sets" ("id", "organization_id", "group_id", "rules")
    VALUES (gen_random_uuid(), NEW."organization_id", NEW."id", NEW."reward_rules")
    RETURNING "id" INTO NEW."reward_rule_set_id";
  ELSE
    NEW."reward_rule_set_id" := OLD."reward_rule_set_id";
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "program_groups_rule_set" BEFORE INSERT OR UPDATE ON "affiliate"."program_groups"
FOR EACH ROW EXECUTE FUNCTION "affiliate"."program_group_rule_set"();
