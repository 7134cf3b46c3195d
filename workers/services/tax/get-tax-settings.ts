import { eq } from 'drizzle-orm';
import { type OrganizationTaxSettings, organizationTaxSettings } from '../../../schema';
import type { ServiceCall } from '../../context';
import { DEFAULT_1099_EXCLUDED_RAILS } from '../../domain/form-1099';

export type TaxSettingsView = Omit<OrganizationTaxSettings, 'payerTinEncrypted' | 'createdAt' | 'updatedById'>;

/** Without a row: forms never required, shared forms accepted, PayPal left out of the 1099-NEC (its 1099-K reports it), no payer details yet. */
export const DEFAULT_TAX_SETTINGS = (organizationId: string): TaxSettingsView => ({
  organizationId,
  formRequirement: 'never',
  thresholdMinor: null,
  thresholdCurrency: null,
  acceptsSharedForms: true,
  form1099ExcludedRails: [...DEFAULT_1099_EXCLUDED_RAILS],
  legalName: '',
  addressLine: '',
  city: '',
  region: '',
  postalCode: '',
  country: null,
  payerTinLast4: null,
  vatId: null,
  updatedAt: new Date(0),
});

/** An advertiser's tax settings (the defaults when it never saved any); the payer TIN only by its last four. */
export async function readTaxSettings({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<TaxSettingsView & { payerTinEncrypted: string | null }> {
  const [row] = await ctx.db
    .select()
    .from(organizationTaxSettings)
    .where(eq(organizationTaxSettings.organizationId, input.organizationId));
  if (!row) return { ...DEFAULT_TAX_SETTINGS(input.organizationId), payerTinEncrypted: null };
  const { createdAt: _c, updatedById: _u, ...settings } = row;
  return settings;
}
