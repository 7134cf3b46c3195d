import { organizationTaxSettings } from '../../../schema';
import type { PayoutRail, TaxFormRequirement } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { usTinProblem } from '../../domain/tax-id';
import { parseVatId } from '../../domain/vat-id';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { readTaxSettings, type TaxSettingsView } from './get-tax-settings';

export interface TaxSettingsInput {
  formRequirement: TaxFormRequirement;
  thresholdMinor: number | null;
  thresholdCurrency: string | null;
  acceptsSharedForms: boolean;
  form1099ExcludedRails: PayoutRail[];
  legalName: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  country: string | null;
  /** The payer's EIN; absent: keep the stored one, null: remove it. */
  payerTin?: string | null | undefined;
  vatId: string | null;
}

/**
 * Saves the acting advertiser's tax settings. The EIN is checked, encrypted and never echoed; the
 * audit trail records which settings changed, with the EIN only by its last four.
 */
export async function setOrgTaxSettings({ ctx, input }: ServiceCall<TaxSettingsInput>): Promise<TaxSettingsView> {
  const { organizationId } = actingAdvertiser(ctx);
  if (input.formRequirement === 'above_amount' && (input.thresholdMinor === null || !input.thresholdCurrency))
    throw new AppError('tax_settings_invalid', 'Give the yearly amount and its currency', { field: 'thresholdMinor' });
  if (input.payerTin && usTinProblem('ein', input.payerTin))
    throw new AppError('tax_settings_invalid', `The EIN ${usTinProblem('ein', input.payerTin)}`, { field: 'payerTin' });
  const vat = input.vatId ? parseVatId(input.vatId) : null;
  if (input.vatId && !vat)
    throw new AppError('tax_settings_invalid', 'This is not the shape of an EU VAT id', { field: 'vatId' });
  return inTransaction(ctx, async (tx) => {
    const before = await readTaxSettings({ ctx: tx, input: { organizationId } });
    const tinDigits = input.payerTin ? input.payerTin.replace(/\D/g, '') : null;
    const tin =
      input.payerTin === undefined
        ? { payerTinEncrypted: before.payerTinEncrypted, payerTinLast4: before.payerTinLast4 }
        : tinDigits
          ? {
              payerTinEncrypted: await encryptSecret(tinDigits, tx.config.DATA_ENCRYPTION_KEY),
              payerTinLast4: tinDigits.slice(-4),
            }
          : { payerTinEncrypted: null, payerTinLast4: null };
    const values = {
      organizationId,
      formRequirement: input.formRequirement,
      thresholdMinor: input.formRequirement === 'above_amount' ? input.thresholdMinor : null,
      thresholdCurrency: input.formRequirement === 'above_amount' ? input.thresholdCurrency : null,
      acceptsSharedForms: input.acceptsSharedForms,
      form1099ExcludedRails: [...new Set(input.form1099ExcludedRails)].sort(),
      legalName: input.legalName,
      addressLine: input.addressLine,
      city: input.city,
      region: input.region,
      postalCode: input.postalCode,
      country: input.country,
      vatId: vat ? `${vat.countryCode}${vat.number}` : null,
      ...tin,
      updatedById: tx.actor?.userId ?? null,
      updatedAt: tx.now,
    };
    await tx.db
      .insert(organizationTaxSettings)
      .values(values)
      .onConflictDoUpdate({ target: organizationTaxSettings.organizationId, set: values });
    const { payerTinEncrypted: _b, ...shownBefore } = before;
    const { payerTinEncrypted: _a, updatedById: _u, ...shownAfter } = values;
    await recordAudit({
      ctx: tx,
      input: {
        action: 'tax_settings.updated',
        targetType: 'organization',
        targetId: organizationId,
        organizationId,
        before: shownBefore,
        after: shownAfter,
      },
    });
    const { payerTinEncrypted: _t, ...settings } = await readTaxSettings({ ctx: tx, input: { organizationId } });
    return settings;
  });
}
