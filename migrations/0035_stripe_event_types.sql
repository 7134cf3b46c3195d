CREATE TABLE "affiliate"."stripe_event_types" (
	"app_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"api_version" text,
	CONSTRAINT "stripe_event_types_pkey" PRIMARY KEY("app_id","event_type")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."stripe_event_types" ADD CONSTRAINT "stripe_event_types_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "affiliate"."apps"("id") ON DELETE cascade ON UPDATE no action;