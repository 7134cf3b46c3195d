import { Alert, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CURRENCY_CODES } from '@contracts/iso-codes';
import { PayoutRail, TaxFormRequirement } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { type TaxSettings, useSetTaxSettings } from './queries/tax';
import { ErrorMessage } from '@/ui/error-message';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { formToTaxSettings, settingsToForm, type TaxSettingsValues, taxSettingsErrors } from './tax-settings-values';
import { useCountryOptions } from './use-country-options';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

const CURRENCIES = [...CURRENCY_CODES].sort();

/** When forms are required, 1099 rails left out, and the advertiser as payer and invoice issuer. */
export function TaxSettingsForm({ orgId, settings }: { orgId: string; settings: TaxSettings }) {
  const { t } = useTranslation('tax');
  const countries = useCountryOptions();
  const save = useSetTaxSettings(orgId);
  const form = useForm<TaxSettingsValues>({
    initialValues: settingsToForm(settings),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(taxSettingsErrors(values)).map(([field, key]) => [
          field,
          t(`settings.${key as 'invalidAmount' | 'currencyRequired'}`),
        ]),
      ),
  });
  const { values } = form;
  const onSubmit = form.onSubmit(async (v) => {
    try {
      const saved = await save.mutateAsync(formToTaxSettings(v));
      form.setValues(settingsToForm(saved));
      form.resetDirty(settingsToForm(saved));
      notifyDone(t('settings.saved'));
    } catch {
      // Shown below the form.
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate data-testid="tax-settings">
      <Stack gap="lg">
        <SectionCard title={t('settings.requirementTitle')}>
          <Stack gap="md">
            <Select
              label={t('settings.requirement')}
              data={TaxFormRequirement.map((r) => ({ value: r, label: t(`settings.requirementOption.${r}`) }))}
              allowDeselect={false}
              maw={420}
              data-testid="tax-requirement"
              {...form.getInputProps('formRequirement')}
            />
            {values.formRequirement === 'above_amount' && (
              <Group align="flex-start" wrap="wrap" gap="md">
                <TextInput
                  label={t('settings.threshold')}
                  inputMode="decimal"
                  required
                  w={200}
                  {...form.getInputProps('threshold')}
                />
                <Select
                  label={t('settings.thresholdCurrency')}
                  data={CURRENCIES}
                  searchable
                  required
                  w={140}
                  {...form.getInputProps('thresholdCurrency')}
                  onChange={(v) => form.setFieldValue('thresholdCurrency', v ?? '')}
                />
              </Group>
            )}
            <Switch
              label={t('settings.acceptsShared')}
              {...form.getInputProps('acceptsSharedForms', { type: 'checkbox' })}
            />
            <Checkbox.Group
              label={t('settings.excludedRails')}
              description={t('settings.excludedRailsHelp')}
              value={values.form1099ExcludedRails}
              onChange={(rails) =>
                form.setFieldValue('form1099ExcludedRails', rails as TaxSettingsValues['form1099ExcludedRails'])
              }
            >
              <Group mt="xs" gap="lg">
                {PayoutRail.map((rail) => (
                  <Checkbox key={rail} value={rail} label={t(`settings.rail.${rail}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </SectionCard>
        <SectionCard title={t('settings.payerTitle')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('settings.legalName')}
                autoComplete="organization"
                {...form.getInputProps('legalName')}
              />
              <TextInput
                label={t('settings.addressLine')}
                autoComplete="street-address"
                {...form.getInputProps('addressLine')}
              />
              <TextInput label={t('settings.city')} autoComplete="address-level2" {...form.getInputProps('city')} />
              <TextInput label={t('settings.region')} autoComplete="address-level1" {...form.getInputProps('region')} />
              <TextInput
                label={t('settings.postalCode')}
                autoComplete="postal-code"
                {...form.getInputProps('postalCode')}
              />
              <Select
                label={t('settings.country')}
                data={countries}
                searchable
                clearable
                {...form.getInputProps('country')}
                value={values.country || null}
                onChange={(v) => form.setFieldValue('country', v ?? '')}
              />
              <TextInput
                label={t('settings.payerTin')}
                description={
                  settings.payerTinLast4
                    ? `${t('settings.payerTinOnFile', { last4: settings.payerTinLast4 })} ${t('settings.payerTinHelp')}`
                    : undefined
                }
                autoComplete="off"
                disabled={values.removePayerTin}
                {...form.getInputProps('payerTin')}
              />
              <TextInput label={t('settings.vatId')} autoComplete="off" {...form.getInputProps('vatId')} />
            </SimpleGrid>
            {settings.payerTinLast4 && (
              <Checkbox
                label={t('settings.removePayerTin')}
                {...form.getInputProps('removePayerTin', { type: 'checkbox' })}
              />
            )}
          </Stack>
        </SectionCard>
        {save.error && (
          <Alert color="red" variant="light" role="alert">
            <ErrorMessage error={save.error} />
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending || undefined} data-testid="tax-settings-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The settings as text, for roles that read them (support). */
export function TaxSettingsText({ settings }: { settings: TaxSettings }) {
  const { t } = useTranslation('tax');
  const rails = settings.form1099ExcludedRails;
  const none = t('settings.notSet');
  return (
    <Paper withBorder p="md" radius="md">
      <ReadOnlyFields
        testId="tax-settings-text"
        fields={[
          { label: t('settings.requirement'), value: t(`settings.requirementOption.${settings.formRequirement}`) },
          {
            label: t('settings.excludedRails'),
            value: rails.length ? rails.map((r) => t(`settings.rail.${r as PayoutRail}`)).join(', ') : none,
          },
          { label: t('settings.legalName'), value: settings.legalName || none },
          { label: t('settings.payerTin'), value: settings.payerTinLast4 ? `••••${settings.payerTinLast4}` : none },
          { label: t('settings.vatId'), value: settings.vatId || none },
        ]}
      />
    </Paper>
  );
}
