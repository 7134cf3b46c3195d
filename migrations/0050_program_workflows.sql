CREATE TABLE "affiliate"."program_workflows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"metric" text NOT NULL,
	"op" text NOT NULL,
	"threshold" bigint NOT NULL,
	"window_days" integer,
	"scope_group_id" uuid,
	"move_to_group_id" uuid,
	"bonus_minor" bigint,
	"bonus_currency" char(3),
	"message_en" text,
	"message_ru" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_workflows_metric_check" CHECK ("affiliate"."program_workflows"."metric" IN ('sales', 'conversions', 'revenue_minor', 'commission_minor')),
	CONSTRAINT "program_workflows_op_check" CHECK ("affiliate"."program_workflows"."op" IN ('gte', 'lt')),
	CONSTRAINT "program_workflows_terms_check" CHECK ("affiliate"."program_workflows"."threshold" >= 0 AND "affiliate"."program_workflows"."window_days" > 0 AND "affiliate"."program_workflows"."bonus_minor" > 0 AND ("affiliate"."program_workflows"."bonus_minor" IS NULL) = ("affiliate"."program_workflows"."bonus_currency" IS NULL)),
	CONSTRAINT "program_workflows_action_check" CHECK ("affiliate"."program_workflows"."move_to_group_id" IS NOT NULL OR "affiliate"."program_workflows"."bonus_minor" IS NOT NULL OR "affiliate"."program_workflows"."message_en" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "affiliate"."workflow_crossings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"crossing_key" text NOT NULL,
	"value" bigint NOT NULL,
	"outcome" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_crossings_once_unique" UNIQUE("workflow_id","enrollment_id","crossing_key")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" DROP CONSTRAINT "commission_stats_hourly_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_org_hourly" DROP CONSTRAINT "conversion_org_hourly_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_stats_hourly" DROP CONSTRAINT "conversion_stats_hourly_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_subs_hourly" DROP CONSTRAINT "conversion_subs_hourly_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" DROP CONSTRAINT "referred_customers_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_event_type_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_source_check";--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" DROP CONSTRAINT "conversions_attribution_method_check";--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" DROP CONSTRAINT "commissions_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" DROP CONSTRAINT "notification_preferences_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."program_workflows" ADD CONSTRAINT "program_workflows_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_workflows" ADD CONSTRAINT "program_workflows_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_workflows" ADD CONSTRAINT "program_workflows_scope_group_fk" FOREIGN KEY ("program_id","scope_group_id") REFERENCES "affiliate"."program_groups"("program_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."program_workflows" ADD CONSTRAINT "program_workflows_move_to_group_fk" FOREIGN KEY ("program_id","move_to_group_id") REFERENCES "affiliate"."program_groups"("program_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."workflow_crossings" ADD CONSTRAINT "workflow_crossings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."workflow_crossings" ADD CONSTRAINT "workflow_crossings_workflow_id_program_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "affiliate"."program_workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."workflow_crossings" ADD CONSTRAINT "workflow_crossings_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_workflows_program_id_idx" ON "affiliate"."program_workflows" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "program_workflows_organization_id_idx" ON "affiliate"."program_workflows" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "workflow_crossings_enrollment_id_idx" ON "affiliate"."workflow_crossings" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "workflow_crossings_organization_id_idx" ON "affiliate"."workflow_crossings" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "affiliate"."commission_stats_hourly" ADD CONSTRAINT "commission_stats_hourly_kind_check" CHECK ("affiliate"."commission_stats_hourly"."kind" IN ('commission', 'adjustment', 'bonus'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_org_hourly" ADD CONSTRAINT "conversion_org_hourly_event_type_check" CHECK ("affiliate"."conversion_org_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click', 'bonus'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_stats_hourly" ADD CONSTRAINT "conversion_stats_hourly_event_type_check" CHECK ("affiliate"."conversion_stats_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click', 'bonus'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversion_subs_hourly" ADD CONSTRAINT "conversion_subs_hourly_event_type_check" CHECK ("affiliate"."conversion_subs_hourly"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click', 'bonus'));--> statement-breakpoint
ALTER TABLE "affiliate"."referred_customers" ADD CONSTRAINT "referred_customers_attribution_method_check" CHECK ("affiliate"."referred_customers"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks', 'workflow'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_event_type_check" CHECK ("affiliate"."conversions"."event_type" IN ('lead', 'sale', 'rebill', 'refund', 'cancel', 'click', 'bonus'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_source_check" CHECK ("affiliate"."conversions"."source" IN ('api', 'postback', 'stripe', 'clicks', 'workflows'));--> statement-breakpoint
ALTER TABLE "affiliate"."conversions" ADD CONSTRAINT "conversions_attribution_method_check" CHECK ("affiliate"."conversions"."attribution_method" IN ('click_id', 'coupon', 'customer', 'fingerprint', 'clicks', 'workflow'));--> statement-breakpoint
ALTER TABLE "affiliate"."commissions" ADD CONSTRAINT "commissions_kind_check" CHECK ("affiliate"."commissions"."kind" IN ('commission', 'adjustment', 'bonus'));--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow'));--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" ADD CONSTRAINT "notification_preferences_event_check" CHECK ("affiliate"."notification_preferences"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow'));