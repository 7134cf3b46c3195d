-- Edited by hand: the CHECKs on the partitioned clicks table (and its rollup) name the column unqualified,
-- which is how Postgres accepts a constraint it clones into every partition.
ALTER TABLE "affiliate"."organizations" DROP CONSTRAINT "organizations_custom_domain_unique";--> statement-breakpoint
ALTER TABLE "affiliate"."organizations" DROP CONSTRAINT "organizations_custom_domain_status_check";--> statement-breakpoint
ALTER TABLE "affiliate"."clicks" DROP CONSTRAINT "clicks_reject_reason_check";--> statement-breakpoint
ALTER TABLE "affiliate"."click_rejections_hourly" DROP CONSTRAINT "click_rejections_hourly_reason_check";--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."organizations" DROP COLUMN "custom_domain";--> statement-breakpoint
ALTER TABLE "affiliate"."organizations" DROP COLUMN "custom_domain_status";--> statement-breakpoint
ALTER TABLE "affiliate"."organizations" DROP COLUMN "custom_hostname_id";--> statement-breakpoint
ALTER TABLE "affiliate"."clicks" ADD CONSTRAINT "clicks_reject_reason_check" CHECK ("reject_reason" IN ('unknown_code', 'inactive_program', 'inactive_enrollment', 'geo_blocked', 'cap_reached', 'bot', 'prefetch', 'rate_limited', 'invalid_target', 'foreign_domain'));--> statement-breakpoint
ALTER TABLE "affiliate"."click_rejections_hourly" ADD CONSTRAINT "click_rejections_hourly_reason_check" CHECK ("reason" IN ('unknown_code', 'inactive_program', 'inactive_enrollment', 'geo_blocked', 'cap_reached', 'bot', 'prefetch', 'rate_limited', 'invalid_target', 'foreign_domain'));--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain'));