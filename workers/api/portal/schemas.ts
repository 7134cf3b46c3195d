import { z } from '@hono/zod-openapi';
import type { PortalBrand } from '../../services/portal';

export const portal = z
  .object({
    kind: z
      .enum(['platform', 'organization'])
      .describe("platform: our own host (the default look); organization: an advertiser's portal"),
    organizationId: z.uuid().nullable().describe('The advertiser whose portal this host is; null on the platform'),
    name: z.string().nullable().describe('The portal name to show instead of the platform’s; null on the platform'),
    logoUrl: z.string().nullable(),
    faviconUrl: z.string().nullable(),
    primaryColor: z.string().nullable().describe('#rrggbb'),
    supportEmail: z.string().nullable(),
  })
  .openapi('Portal');

export const portalView = (brand: PortalBrand | null): z.infer<typeof portal> =>
  brand
    ? {
        kind: 'organization',
        organizationId: brand.organizationId,
        name: brand.name,
        logoUrl: brand.branding.logoUrl ?? null,
        faviconUrl: brand.branding.faviconUrl ?? null,
        primaryColor: brand.branding.primaryColor ?? null,
        supportEmail: brand.branding.supportEmail ?? null,
      }
    : {
        kind: 'platform',
        organizationId: null,
        name: null,
        logoUrl: null,
        faviconUrl: null,
        primaryColor: null,
        supportEmail: null,
      };

export const brandImage = z
  .object({
    url: z.string().describe('Where the file is served; now in branding.logoUrl or faviconUrl'),
    contentType: z.string().describe('The type judged from the file’s bytes'),
  })
  .openapi('BrandImage');
