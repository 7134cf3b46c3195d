CREATE TABLE "affiliate"."click_rollups_derived" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"derived_through" timestamp with time zone NOT NULL,
	CONSTRAINT "click_rollups_derived_one_row" CHECK ("affiliate"."click_rollups_derived"."id" = 1)
);
