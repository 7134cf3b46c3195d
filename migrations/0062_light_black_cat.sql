CREATE TABLE "affiliate"."onboarding_progress" (
	"enrollment_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"reached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "onboarding_progress_pkey" PRIMARY KEY("enrollment_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "onboarding_path" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."onboarding_progress" ADD CONSTRAINT "onboarding_progress_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "affiliate"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onboarding_progress_program_id_idx" ON "affiliate"."onboarding_progress" USING btree ("program_id");--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_onboarding_path_check" CHECK (jsonb_typeof("affiliate"."programs"."onboarding_path") = 'array');