-- Hand-written: an enrollment's conversions that occurred strictly between two instants, for the affiliate
-- totals that reward rules and workflows read (workers/services/enrollments/affiliate-totals-sql.ts), whose
-- part hours come from the raw rows. Written inline, those index ranges made Postgres give up the totals'
-- generic plan once an affiliate had a few thousand conversions: with the bounds unknown it estimates a range
-- at 0.5 % of the enrollment's rows, so the generic plan's cost grew with them while a custom plan's (with
-- the real bounds, a row or two) did not, and the statement was planned on every call (about 3 ms each on a
-- busy 2-core machine). Inside a PL/pgSQL function (never inlined) the range is planned on its own, cheaply,
-- and the statement sees a fixed estimate (ROWS 4), so its generic plan does not depend on the table's size.
CREATE OR REPLACE FUNCTION "affiliate"."enrollment_conversions_between"(of_enrollment uuid, from_at timestamptz, until_at timestamptz)
RETURNS TABLE (id uuid, occurred_at timestamptz, event_type text, currency char(3), amount_minor bigint, status text)
LANGUAGE plpgsql
STABLE
ROWS 4
AS $$
BEGIN
  RETURN QUERY
    SELECT c.id, c.occurred_at, c.event_type, c.currency, c.amount_minor, c.status
    FROM affiliate.conversions c
    WHERE c.enrollment_id = of_enrollment AND c.occurred_at > from_at AND c.occurred_at < until_at;
END;
$$;
