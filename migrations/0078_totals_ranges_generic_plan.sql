-- Hand-written: affiliate.enrollment_conversions_between (0076) always runs its range on the generic plan.
-- PL/pgSQL caches the plan of its query per connection and, like any prepared statement, compares the generic
-- plan's cost with its custom plans'. Once statistics show an enrollment with thousands of conversions, the
-- generic plan prices an unknown range at 0.5 % of them while a custom plan (with the real bounds) prices a row
-- or two, so Postgres planned the query again on every call: about 0.1 ms each, six calls per conversion settled
-- under reward rules and workflows (the totals read in the settling transaction and the workflows' look), from
-- the first autoanalyze of `affiliate.conversions` on. The generic plan is the range scan of
-- conversions_enrollment_id_occurred_at_idx whatever the bounds, which is what every call needs.
ALTER FUNCTION "affiliate"."enrollment_conversions_between"(uuid, timestamptz, timestamptz)
  SET plan_cache_mode = force_generic_plan;
