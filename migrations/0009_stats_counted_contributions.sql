CREATE TABLE "affiliate"."stats_counted_commissions" (
	"commission_id" uuid PRIMARY KEY NOT NULL,
	"conversion_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate"."stats_counted_conversions" (
	"conversion_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"country" char(2) NOT NULL,
	"device_type" text NOT NULL,
	"event_type" text NOT NULL,
	"status" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"has_click" boolean NOT NULL,
	"sub1" text,
	"sub2" text,
	"sub3" text,
	"sub4" text,
	"sub5" text,
	"sub6" text,
	"sub7" text,
	"sub8" text,
	"sub9" text,
	"sub10" text
);
--> statement-breakpoint
CREATE INDEX "stats_counted_commissions_conversion_id_idx" ON "affiliate"."stats_counted_commissions" USING btree ("conversion_id");--> statement-breakpoint
CREATE INDEX "stats_counted_conversions_hour_idx" ON "affiliate"."stats_counted_conversions" USING btree ("hour");--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP COLUMN "stats_enrollment_id";--> statement-breakpoint
-- Until now every refresh recomputed its rollups from raw rows, so what each conversion and line is counted as is what its raw rows give.
INSERT INTO "affiliate"."stats_counted_conversions" SELECT v.id, v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.app_id,
  coalesce(v.program_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(v.enrollment_id, '00000000-0000-0000-0000-000000000000'::uuid),
  coalesce(v.affiliate_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(k.country, 'ZZ'), coalesce(k.device_type, 'unknown'),
  v.event_type, v.status, coalesce(v.currency, 'XXX'), v.amount_minor, k.id IS NOT NULL,
  k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10
FROM "affiliate"."conversions" v
LEFT JOIN LATERAL (SELECT * FROM "affiliate"."clicks" k WHERE k.id = v.click_id LIMIT 1) k ON v.enrollment_id IS NOT NULL;--> statement-breakpoint
INSERT INTO "affiliate"."stats_counted_commissions" SELECT c.id, c.conversion_id, c.beneficiary_id, c.level, c.kind, c.status, c.currency, c.amount_minor
FROM "affiliate"."commissions" c;
