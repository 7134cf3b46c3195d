ALTER TABLE "affiliate"."custom_domains" DROP CONSTRAINT "custom_domains_organization_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "affiliate"."custom_domains" ADD CONSTRAINT "custom_domains_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "affiliate"."organizations"("id") ON DELETE restrict ON UPDATE no action;