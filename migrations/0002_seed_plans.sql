-- Plans are reference data the code depends on: sign-up as an advertiser puts the organization on
-- 'starter'. They ship with the schema, once, idempotently: an existing plan (edited prices,
-- limits) is never overwritten. Fixed UUIDv7 ids keep every environment's plan ids identical.
-- Prices in USD cents; yearly is twelve months less 20%. NULL limits mean unlimited.
INSERT INTO "affiliate"."plans" ("id", "code", "name", "monthly_price_minor", "yearly_price_minor", "currency", "max_clicks_monthly", "max_programs", "max_affiliates", "white_label", "custom_domains")
VALUES
	('019a0000-0000-7000-8000-000000000001', 'starter', 'Starter', 4900, 47040, 'USD', 100000, 3, 50, false, 0),
	('019a0000-0000-7000-8000-000000000002', 'pro', 'Pro', 14900, 143040, 'USD', 1000000, 20, 500, true, 1),
	('019a0000-0000-7000-8000-000000000003', 'business', 'Business', 39900, 383040, 'USD', 10000000, 100, 5000, true, 5),
	('019a0000-0000-7000-8000-000000000004', 'enterprise', 'Enterprise', 99900, 959040, 'USD', NULL, NULL, NULL, true, 50)
ON CONFLICT ("code") DO NOTHING;
