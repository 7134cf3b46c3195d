-- Hand-written: the attributed click of a conversion, looked up by its id, for the conversion-side
-- stats refresh (workers/services/stats/conversion-contributions-sql.ts). Clicks are partitioned by
-- month on clicked_at, and a click id is a UUIDv7 whose first 48 bits are the click's millisecond.
-- Written inline in the refresh, the look-up planned a scan of every partition (pruned only when it
-- ran), on every refresh: about 1 ms of planning with 17 partitions, growing by the month. Inside a
-- PL/pgSQL function (never inlined) the id is a parameter, so its plan prunes to the one partition.
CREATE OR REPLACE FUNCTION "affiliate"."click_facts"(click_id uuid)
RETURNS TABLE (
  id uuid, link_id uuid, country char(2), device_type text,
  sub1 text, sub2 text, sub3 text, sub4 text, sub5 text, sub6 text, sub7 text, sub8 text, sub9 text, sub10 text
)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
  RETURN QUERY
    SELECT k.id, k.link_id, k.country, k.device_type,
      k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10
    FROM affiliate.clicks k
    WHERE k.id = click_facts.click_id
      -- Immutable all the way (timestamp arithmetic, then UTC), so a plan for a given id prunes when planned.
      AND k.clicked_at = (timestamp 'epoch' + ('x' || substr(click_facts.click_id::text, 1, 8)
        || substr(click_facts.click_id::text, 10, 4))::bit(48)::bigint * interval '1 millisecond') AT TIME ZONE 'UTC'
    LIMIT 1;
END;
$$;
