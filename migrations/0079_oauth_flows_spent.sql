CREATE TABLE "logs"."oauth_flows_spent" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "oauth_flows_spent_expires_at_idx" ON "logs"."oauth_flows_spent" USING btree ("expires_at");