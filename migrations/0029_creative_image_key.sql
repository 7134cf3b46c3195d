ALTER TABLE "affiliate"."creatives" ADD COLUMN "image_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "creatives_image_key_unique" ON "affiliate"."creatives" USING btree ("image_key");