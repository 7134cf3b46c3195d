ALTER TABLE "affiliate"."custom_domains" DROP CONSTRAINT "custom_domains_organization_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "affiliate"."custom_domains" ADD CONSTRAINT "custom_domains_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
-- The per-event channel lists on users become the preference cells they stood for (an explicit
-- cell already there wins), so notification_preferences is the one store of these choices.
INSERT INTO "affiliate"."notification_preferences" ("user_id", "event", "channel", "enabled", "created_at", "updated_at")
SELECT u."id", e."key", c."channel", e."value" ? c."channel", now(), now()
FROM "affiliate"."users" u
CROSS JOIN LATERAL jsonb_each(u."notification_settings") e
CROSS JOIN (VALUES ('email'), ('telegram'), ('in_app')) c("channel")
WHERE jsonb_typeof(u."notification_settings") = 'object'
  AND jsonb_typeof(e."value") = 'array'
  AND e."key" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled')
ON CONFLICT ("user_id", "event", "channel") DO NOTHING;
--> statement-breakpoint
ALTER TABLE "affiliate"."users" DROP COLUMN "notification_settings";
