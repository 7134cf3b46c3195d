CREATE TABLE "affiliate"."message_reads" (
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_read_message_id" uuid NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_reads_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."message_threads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_threads_organization_id_affiliate_id_unique" UNIQUE("organization_id","affiliate_id")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"thread_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"side" text NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"attachment_key" text,
	"attachment_type" text,
	"attachment_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_attachment_key_unique" UNIQUE("attachment_key"),
	CONSTRAINT "messages_side_check" CHECK ("affiliate"."messages"."side" IN ('advertiser', 'affiliate')),
	CONSTRAINT "messages_attachment_type_check" CHECK ("affiliate"."messages"."attachment_type" IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
	CONSTRAINT "messages_body_check" CHECK (char_length("affiliate"."messages"."body") <= 5000),
	CONSTRAINT "messages_content_check" CHECK (("affiliate"."messages"."attachment_key" IS NULL) = ("affiliate"."messages"."attachment_type" IS NULL) AND ("affiliate"."messages"."attachment_key" IS NULL) = ("affiliate"."messages"."attachment_bytes" IS NULL) AND (char_length("affiliate"."messages"."body") > 0 OR "affiliate"."messages"."attachment_key" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "affiliate"."support_access_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"granted_by_id" uuid,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_access_grants_reason_check" CHECK (char_length("affiliate"."support_access_grants"."reason") BETWEEN 1 AND 500)
);
--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_events_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" DROP CONSTRAINT "notifications_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" DROP CONSTRAINT "notification_preferences_event_check";--> statement-breakpoint
ALTER TABLE "affiliate"."message_reads" ADD CONSTRAINT "message_reads_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "affiliate"."message_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."message_reads" ADD CONSTRAINT "message_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."message_threads" ADD CONSTRAINT "message_threads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."message_threads" ADD CONSTRAINT "message_threads_affiliate_id_users_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."messages" ADD CONSTRAINT "messages_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "affiliate"."message_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."messages" ADD CONSTRAINT "messages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."messages" ADD CONSTRAINT "messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."support_access_grants" ADD CONSTRAINT "support_access_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."support_access_grants" ADD CONSTRAINT "support_access_grants_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."support_access_grants" ADD CONSTRAINT "support_access_grants_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "affiliate"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_reads_user_id_idx" ON "affiliate"."message_reads" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "message_threads_organization_id_last_message_at_idx" ON "affiliate"."message_threads" USING btree ("organization_id","last_message_at","id");--> statement-breakpoint
CREATE INDEX "message_threads_affiliate_id_idx" ON "affiliate"."message_threads" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "messages_thread_id_id_idx" ON "affiliate"."messages" USING btree ("thread_id","id");--> statement-breakpoint
CREATE INDEX "messages_organization_id_idx" ON "affiliate"."messages" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "messages_author_id_created_at_idx" ON "affiliate"."messages" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "support_access_grants_organization_id_expires_at_idx" ON "affiliate"."support_access_grants" USING btree ("organization_id","expires_at");--> statement-breakpoint
CREATE INDEX "support_access_grants_granted_by_id_idx" ON "affiliate"."support_access_grants" USING btree ("granted_by_id");--> statement-breakpoint
CREATE INDEX "support_access_grants_revoked_by_id_idx" ON "affiliate"."support_access_grants" USING btree ("revoked_by_id");--> statement-breakpoint
ALTER TABLE "affiliate"."webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_check" CHECK ("affiliate"."webhook_endpoints"."events" <@ ARRAY['conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow', 'bounty', 'edition', 'message']::text[]);--> statement-breakpoint
ALTER TABLE "affiliate"."notifications" ADD CONSTRAINT "notifications_event_check" CHECK ("affiliate"."notifications"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow', 'bounty', 'edition', 'message'));--> statement-breakpoint
ALTER TABLE "affiliate"."notification_preferences" ADD CONSTRAINT "notification_preferences_event_check" CHECK ("affiliate"."notification_preferences"."event" IN ('conversion', 'rejection', 'cancellation', 'low_balance', 'payout', 'postback_error', 'custom_domain', 'plan_limit_warning', 'billing_payment_failed', 'webhook_disabled', 'affiliate_review', 'group_change', 'workflow', 'bounty', 'edition', 'message'));