CREATE TABLE "affiliate"."recruit_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recruit_codes_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "recruit_codes_code_unique" UNIQUE("code"),
	CONSTRAINT "recruit_codes_code_upper_check" CHECK ("affiliate"."recruit_codes"."code" = upper("affiliate"."recruit_codes"."code"))
);
--> statement-breakpoint
ALTER TABLE "affiliate"."recruit_codes" ADD CONSTRAINT "recruit_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "affiliate"."users"("id") ON DELETE cascade ON UPDATE no action;