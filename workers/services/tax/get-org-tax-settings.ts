import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { readTaxSettings, type TaxSettingsView } from './get-tax-settings';

/** The acting advertiser's tax settings, as finance edits them. */
export async function getOrgTaxSettings({ ctx }: ServiceCall<void>): Promise<TaxSettingsView> {
  const { payerTinEncrypted: _tin, ...settings } = await readTaxSettings({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId },
  });
  return settings;
}
