-- The strict three-person payout rule was on for every organization. A team with fewer than three
-- owners and finance members could never send a batch under it, so those get the two-person rule.
UPDATE affiliate.organizations o SET payout_four_eyes = false
WHERE o.payout_four_eyes
  AND (SELECT count(*) FROM affiliate.memberships m WHERE m.organization_id = o.id AND m.role IN ('owner', 'finance')) < 3;
