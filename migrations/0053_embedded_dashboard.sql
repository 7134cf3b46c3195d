CREATE TABLE "affiliate"."embed_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"external_user_id" text NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"theme" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"token_hash" text NOT NULL,
	"request_signature_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "embed_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "embed_tokens_request_signature_hash_unique" UNIQUE("request_signature_hash")
);
--> statement-breakpoint
CREATE TABLE "affiliate"."app_users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"external_user_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_users_app_id_external_user_id_unique" UNIQUE("app_id","external_user_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."apps" ADD COLUMN "embed_origins" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."embed_tokens" ADD CONSTRAINT "embed_tokens_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."embed_tokens" ADD CONSTRAINT "embed_tokens_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "affiliate"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."app_users" ADD CONSTRAINT "app_users_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate"."app_users" ADD CONSTRAINT "app_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "embed_tokens_app_id_idx" ON "affiliate"."embed_tokens" USING btree ("app_id");--> statement-breakpoint
CREATE INDEX "embed_tokens_program_id_idx" ON "affiliate"."embed_tokens" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "embed_tokens_expires_at_idx" ON "affiliate"."embed_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "app_users_user_id_idx" ON "affiliate"."app_users" USING btree ("user_id");