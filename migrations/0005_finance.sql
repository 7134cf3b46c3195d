CREATE TABLE "affiliate"."payout_batch_parts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"part" integer NOT NULL,
	"sender_batch_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"paypal_batch_id" text,
	"paypal_status" text,
	"item_count" integer NOT NULL,
	"total_minor" bigint NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"last_polled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_batch_parts_batch_id_part_unique" UNIQUE("batch_id","part"),
	CONSTRAINT "payout_batch_parts_sender_batch_id_unique" UNIQUE("sender_batch_id"),
	CONSTRAINT "payout_batch_parts_paypal_batch_id_unique" UNIQUE("paypal_batch_id"),
	CONSTRAINT "payout_batch_parts_status_check" CHECK ("affiliate"."payout_batch_parts"."status" IN ('pending', 'sending', 'sent', 'completed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "logs"."paypal_webhook_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"resource_id" text,
	"verified" boolean NOT NULL,
	"payload" jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paypal_webhook_events_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."auth_tokens" DROP CONSTRAINT "auth_tokens_context_check";--> statement-breakpoint
ALTER TABLE "affiliate"."users" ADD COLUMN "paypal_email_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD COLUMN "created_by_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD COLUMN "sent_by_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD COLUMN "part" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_items" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batch_parts" ADD CONSTRAINT "payout_batch_parts_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "affiliate"."payout_batches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "paypal_webhook_events_received_at_idx" ON "logs"."paypal_webhook_events" USING btree ("received_at");--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD CONSTRAINT "payout_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."payout_batches" ADD CONSTRAINT "payout_batches_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "affiliate"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payout_batches_created_by_id_idx" ON "affiliate"."payout_batches" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "payout_batches_sent_by_id_idx" ON "affiliate"."payout_batches" USING btree ("sent_by_id");--> statement-breakpoint
ALTER TABLE "affiliate"."auth_tokens" ADD CONSTRAINT "auth_tokens_context_check" CHECK ("affiliate"."auth_tokens"."context" IN ('email_verify', 'password_reset', 'paypal_email_verify'));