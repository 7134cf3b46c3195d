ALTER TABLE "affiliate"."creatives" DROP CONSTRAINT "creatives_kind_check";--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" DROP CONSTRAINT "creatives_content_check";--> statement-breakpoint
ALTER TABLE "affiliate"."links" ADD COLUMN "creative_id" uuid;--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD COLUMN "template" text;--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD COLUMN "template_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD COLUMN "sizes" jsonb;--> statement-breakpoint
ALTER TABLE "affiliate"."links" ADD CONSTRAINT "links_creative_id_creatives_id_fk" FOREIGN KEY ("creative_id") REFERENCES "affiliate"."creatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "links_creative_id_enrollment_id_unique" ON "affiliate"."links" USING btree ("creative_id","enrollment_id");--> statement-breakpoint
CREATE INDEX "creatives_program_id_category_idx" ON "affiliate"."creatives" USING btree ("program_id","category");--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD CONSTRAINT "creatives_kind_check" CHECK ("affiliate"."creatives"."kind" IN ('banner', 'text_link', 'template'));--> statement-breakpoint
ALTER TABLE "affiliate"."creatives" ADD CONSTRAINT "creatives_content_check" CHECK (("affiliate"."creatives"."kind" <> 'banner' OR "affiliate"."creatives"."image_url" IS NOT NULL) AND ("affiliate"."creatives"."kind" <> 'text_link' OR "affiliate"."creatives"."body" IS NOT NULL) AND ("affiliate"."creatives"."kind" <> 'template' OR ("affiliate"."creatives"."template" IS NOT NULL AND "affiliate"."creatives"."sizes" IS NOT NULL)));