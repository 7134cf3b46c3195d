import { z } from '@hono/zod-openapi';
import type { Organization } from '../../services/organizations';
import { MemberRole, OrganizationStatus } from '../../../schema/enums';
import { httpsUrl, iso, name, timestamp } from '../shared/schemas';

export const TenantRole = [...MemberRole, 'platform_staff', 'support'] as const;

export const branding = z
  .object({
    portalName: z.string().optional(),
    logoUrl: z.string().optional(),
    primaryColor: z.string().optional(),
    faviconUrl: z.string().optional(),
    supportEmail: z.string().optional(),
  })
  .openapi('Branding');

export const organization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    status: z.enum(OrganizationStatus),
    plan: z.string().describe('The plan’s code (starter, pro, business, enterprise, or one the platform added)'),
    branding,
    payoutFourEyes: z
      .boolean()
      .describe(
        'The strict payout rule: proposer, approver and sender of a batch are three people. Off (the default): the approver is not the proposer, and anyone with a payout role sends',
      ),
    requireTwoFactor: z
      .boolean()
      .describe(
        'Members must use two-step verification (after a grace period); set by owners with PUT …/two-factor-requirement',
      ),
    role: z.enum(TenantRole).describe('Your role here; platform staff act with an implied one'),
    billingEnabled: z
      .boolean()
      .describe(
        'Whether this installation sells plans through Stripe (BILLING_ENABLED); off, the billing routes answer 404 billing_disabled',
      ),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Organization');

export const organizationList = z.object({ items: z.array(organization) }).openapi('OrganizationList');

const slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/, 'Lower-case letters, digits and hyphens, 3–48 characters')
  .describe('Unique across the platform; generated from the name when omitted');

export const createOrganizationBody = z.strictObject({ name, slug: slug.optional() }).openapi('CreateOrganization');

export const brandingPatch = z.strictObject({
  portalName: z.string().trim().min(1).max(100).nullable().optional(),
  logoUrl: httpsUrl.nullable().optional(),
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Must be #rrggbb')
    .toLowerCase()
    .nullable()
    .optional(),
  faviconUrl: httpsUrl.nullable().optional(),
  supportEmail: z.email().max(254).toLowerCase().nullable().optional(),
});

export const updateOrganizationBody = z
  .strictObject({
    name: name.optional(),
    branding: brandingPatch.optional().describe('Merged into the current branding; null clears a field'),
    payoutFourEyes: z
      .boolean()
      .optional()
      .describe(
        'Owners and admins only (the route is). Turning it on needs three owners or finance members (409 payout_rule_unsatisfiable); turning it off lets the approver send',
      ),
  })
  .openapi('UpdateOrganization');

export const twoFactorRequirementBody = z
  .strictObject({ required: z.boolean().describe('true: every member must use two-step verification') })
  .openapi('TwoFactorRequirementChange');

export type BrandingPatch = z.infer<typeof brandingPatch>;

export const organizationView = (
  row: Organization & { planCode: string },
  role: (typeof TenantRole)[number],
  billingEnabled: boolean,
): z.infer<typeof organization> => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  status: row.status,
  plan: row.planCode,
  branding: row.branding,
  payoutFourEyes: row.payoutFourEyes,
  requireTwoFactor: row.requireTwoFactor,
  role,
  billingEnabled,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});
