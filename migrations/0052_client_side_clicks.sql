-- Edited by hand: the CHECK on the partitioned clicks table names the column unqualified,
-- which is how Postgres accepts a constraint it clones into every partition.
ALTER TABLE "affiliate"."clicks" DROP CONSTRAINT "clicks_link_form_check";--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD COLUMN "referral_params" text[] DEFAULT '{"ref"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."programs" ADD CONSTRAINT "programs_referral_params_check" CHECK (array_to_string("affiliate"."programs"."referral_params", ',') ~ '^[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,7}$');--> statement-breakpoint
ALTER TABLE "affiliate"."clicks" ADD CONSTRAINT "clicks_link_form_check" CHECK ("link_form" IN ('aff_path', 'click', 'short_link', 'client_side'));