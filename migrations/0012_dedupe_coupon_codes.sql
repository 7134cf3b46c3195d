-- Coupon codes become unique per organization (the next migration adds the unique index). Codes
-- that two enrollments of one organization share are resolved first, deterministically: the
-- oldest enrollment (created_at, then id) keeps the code, every other one gets the code with the
-- smallest free numeric suffix (SUMMER → SUMMER2, SUMMER3, …; cut to stay within 32 characters).
-- Each rename is recorded in the audit log as `enrollment.coupon_code_renamed` by the system.
-- Idempotent: with no duplicates left it changes nothing.
DO $$
DECLARE
  dup record;
  candidate text;
  n integer;
BEGIN
  FOR dup IN
    SELECT d.id, d.organization_id, d.coupon_code
    FROM (
      SELECT e.id, e.organization_id, e.coupon_code,
             row_number() OVER (PARTITION BY e.organization_id, e.coupon_code ORDER BY e.created_at, e.id) AS rank
      FROM "affiliate"."enrollments" e
      WHERE e.coupon_code IS NOT NULL
    ) d
    WHERE d.rank > 1
    ORDER BY d.organization_id, d.coupon_code, d.rank
  LOOP
    n := 2;
    LOOP
      candidate := left(dup.coupon_code, 32 - length(n::text)) || n::text;
      EXIT WHEN NOT EXISTS (
        SELECT 1 FROM "affiliate"."enrollments"
        WHERE organization_id = dup.organization_id AND coupon_code = candidate
      );
      n := n + 1;
    END LOOP;
    UPDATE "affiliate"."enrollments" SET coupon_code = candidate, updated_at = now() WHERE id = dup.id;
    -- A UUIDv7 built in SQL (48-bit millisecond time, version 7), like the ids the app generates.
    INSERT INTO "logs"."audit_log" ("id", "actor_id", "actor_role", "action", "target_type", "target_id", "organization_id", "before", "after", "created_at")
    VALUES (
      encode(
        set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
          PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6), 52, 1), 53, 1),
        'hex')::uuid,
      NULL, 'system', 'enrollment.coupon_code_renamed', 'enrollment', dup.id::text, dup.organization_id,
      jsonb_build_object('couponCode', dup.coupon_code),
      jsonb_build_object('couponCode', candidate, 'reason', 'the code was shared with an older enrollment of the organization'),
      now()
    );
  END LOOP;
END $$;
