-- The platform payout minimum of every currency PayPal Payouts pays out, worth about USD 100 and
-- rounded to a figure people recognise, in minor units by the ISO 4217 exponent
-- (workers/domain/format-minor-units.ts): JPY has none, so 15000 is ¥15,000; HUF and TWD have two
-- but PayPal refuses their decimals, so their minimums are whole units (3500000 = 35,000 Ft).
-- Inserted once: a value platform staff changed is never overwritten.
INSERT INTO "affiliate"."payout_minimums" ("currency", "min_minor")
VALUES
	('AUD', 15000),
	('BRL', 50000),
	('CAD', 14000),
	('CHF', 9000),
	('CNY', 70000),
	('CZK', 230000),
	('DKK', 70000),
	('EUR', 10000),
	('GBP', 8000),
	('HKD', 80000),
	('HUF', 3500000),
	('ILS', 37000),
	('JPY', 15000),
	('MXN', 180000),
	('MYR', 45000),
	('NOK', 100000),
	('NZD', 17000),
	('PHP', 580000),
	('PLN', 40000),
	('RUB', 900000),
	('SEK', 100000),
	('SGD', 13000),
	('THB', 350000),
	('TWD', 320000),
	('USD', 10000)
ON CONFLICT ("currency") DO NOTHING;
--> statement-breakpoint
-- A program's payout_min_minor is now an override in the program's currency that can only raise
-- the platform minimum. Values at or below that currency's platform minimum (the old default
-- 10000 among them) said nothing more, so they become NULL: "the platform minimum".
UPDATE "affiliate"."programs" p
SET "payout_min_minor" = NULL
FROM "affiliate"."payout_minimums" m
WHERE m."currency" = p."currency" AND p."payout_min_minor" IS NOT NULL AND p."payout_min_minor" <= m."min_minor";
