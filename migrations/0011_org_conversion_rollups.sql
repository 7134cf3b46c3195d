CREATE TABLE "affiliate"."commission_org_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) NOT NULL,
	"lines" bigint DEFAULT 0 NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "commission_org_hourly_pkey" PRIMARY KEY("organization_id","hour","status","currency"),
	CONSTRAINT "commission_org_hourly_status_check" CHECK ("affiliate"."commission_org_hourly"."status" IN ('pending', 'approved', 'in_payout', 'paid', 'rejected', 'reversed'))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."conversion_org_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) DEFAULT 'XXX' NOT NULL,
	"conversions" bigint DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "conversion_org_hourly_pkey" PRIMARY KEY("organization_id","hour","event_type","status","currency"),
	CONSTRAINT "conversion_org_hourly_event_type_check" CHECK ("affiliate"."conversion_org_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel')),
	CONSTRAINT "conversion_org_hourly_status_check" CHECK ("affiliate"."conversion_org_hourly"."status" IN ('pending', 'flagged', 'approved', 'rejected', 'reversed'))
);
--> statement-breakpoint
CREATE INDEX "commission_org_hourly_hour_idx" ON "affiliate"."commission_org_hourly" USING btree ("hour");--> statement-breakpoint
CREATE INDEX "conversion_org_hourly_hour_idx" ON "affiliate"."conversion_org_hourly" USING btree ("hour");--> statement-breakpoint
-- Filled from the enrollment-grain rollups, which count the same rows, so no rebuild is needed.
INSERT INTO "affiliate"."conversion_org_hourly" ("organization_id", "hour", "event_type", "status", "currency", "conversions", "revenue_minor")
SELECT "organization_id", "hour", "event_type", "status", "currency", sum("conversions"), sum("revenue_minor")
FROM "affiliate"."conversion_stats_hourly" GROUP BY 1, 2, 3, 4, 5
HAVING sum("conversions") <> 0 OR sum("revenue_minor") <> 0;--> statement-breakpoint
INSERT INTO "affiliate"."commission_org_hourly" ("organization_id", "hour", "status", "currency", "lines", "amount_minor")
SELECT "organization_id", "hour", "status", "currency", sum("lines"), sum("amount_minor")
FROM "affiliate"."commission_stats_hourly" GROUP BY 1, 2, 3, 4
HAVING sum("lines") <> 0 OR sum("amount_minor") <> 0;
