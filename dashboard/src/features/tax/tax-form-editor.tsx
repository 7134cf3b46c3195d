import {
  Alert,
  Button,
  Checkbox,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { TaxClassification, TaxFormKind } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { type TaxForm, useSubmitTaxForm } from './queries/tax';
import { ErrorMessage } from '@/ui/error-message';
import { ExactNumberInput } from '@/ui/exact-number-input';
import {
  emptyTaxForm,
  formFromTaxForm,
  formToTaxBody,
  switchKind,
  TREATY_RATE_MAX_PERCENT,
  type TaxFormValues,
  taxFormErrors,
} from './tax-form-values';
import { useCountryOptions } from './use-country-options';

const US_TIN_TYPES = ['ssn', 'ein', 'itin'] as const;

/** The W-9 / W-8BEN / W-8BEN-E form with its typed signature; the server checks it again and signs it. */
export function TaxFormEditor({
  orgId,
  current,
  onDone,
}: {
  orgId: string;
  current: TaxForm | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation('tax');
  const countries = useCountryOptions();
  const submit = useSubmitTaxForm(orgId);
  const form = useForm<TaxFormValues>({
    initialValues: current ? formFromTaxForm(current) : emptyTaxForm('w9'),
    validate: (values) => {
      const errors = taxFormErrors(values);
      return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(`formError.${key}`)]));
    },
  });
  const { values } = form;
  const w9 = values.kind === 'w9';
  const onSubmit = form.onSubmit(async (v) => {
    try {
      await submit.mutateAsync(formToTaxBody(v));
      notifications.show({
        color: 'teal',
        title: t('form.signed'),
        message: t('form.signedText', { kind: t(`kind.${v.kind}`) }),
      });
      onDone?.();
    } catch {
      // Shown below the form.
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate data-testid="tax-form">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('form.title')}
        </Title>
        <Radio.Group
          label={t('form.kindLabel')}
          value={values.kind}
          onChange={(kind) => form.setValues(switchKind(values, kind as TaxFormValues['kind']))}
        >
          <Stack gap="xs" mt="xs">
            {TaxFormKind.map((kind) => (
              <Radio key={kind} value={kind} label={t(`kindLong.${kind}`)} data-testid={`tax-kind-${kind}`} />
            ))}
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('form.legalName')} required autoComplete="name" {...form.getInputProps('legalName')} />
          <TextInput
            label={t('form.businessName')}
            description={t('form.businessNameHelp')}
            required={values.kind === 'w8bene'}
            autoComplete="organization"
            {...form.getInputProps('businessName')}
          />
          {w9 && (
            <Select
              label={t('form.classification')}
              required
              data={TaxClassification.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
              allowDeselect={false}
              {...form.getInputProps('taxClassification')}
            />
          )}
          {!w9 && (
            <Select
              label={t('form.country')}
              required
              searchable
              data={countries.filter((c) => c.value !== 'US')}
              {...form.getInputProps('country')}
              onChange={(v) => form.setFieldValue('country', v ?? '')}
            />
          )}
          <TextInput
            label={t('form.addressLine')}
            required
            autoComplete="street-address"
            {...form.getInputProps('addressLine')}
          />
          <TextInput label={t('form.city')} required autoComplete="address-level2" {...form.getInputProps('city')} />
          <TextInput label={t('form.region')} autoComplete="address-level1" {...form.getInputProps('region')} />
          <TextInput
            label={t('form.postalCode')}
            required
            autoComplete="postal-code"
            {...form.getInputProps('postalCode')}
          />
          {w9 && (
            <Select
              label={t('form.tinType')}
              required
              allowDeselect={false}
              data={US_TIN_TYPES.map((type) => ({ value: type, label: t(`tinType.${type}`) }))}
              {...form.getInputProps('tinType')}
            />
          )}
          <TextInput
            label={w9 ? t('form.tin') : t('tinType.foreign')}
            description={t('form.tinHelp')}
            required
            autoComplete="off"
            spellCheck={false}
            data-testid="tax-tin"
            {...form.getInputProps('tin')}
          />
        </SimpleGrid>
        {!w9 && (
          <Stack gap="sm">
            <Checkbox label={t('form.claimTreaty')} {...form.getInputProps('claimTreaty', { type: 'checkbox' })} />
            {values.claimTreaty && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('form.treatyCountry')}
                  required
                  searchable
                  data={countries.filter((c) => c.value !== 'US')}
                  {...form.getInputProps('treatyCountry')}
                  onChange={(v) => form.setFieldValue('treatyCountry', v ?? '')}
                />
                <ExactNumberInput
                  label={t('form.treatyRate')}
                  required
                  min={0}
                  max={TREATY_RATE_MAX_PERCENT}
                  step={0.5}
                  {...form.getInputProps('treatyRatePercent')}
                />
              </SimpleGrid>
            )}
          </Stack>
        )}
        <Checkbox label={t('form.shared')} {...form.getInputProps('shared', { type: 'checkbox' })} />
        <Stack gap="xs">
          <Checkbox
            label={t('form.certification')}
            data-testid="tax-certify"
            {...form.getInputProps('certified', { type: 'checkbox' })}
          />
          <TextInput
            label={t('form.signature')}
            description={t('form.signatureHelp')}
            required
            autoComplete="off"
            maw={480}
            styles={{ input: { fontStyle: 'italic' } }}
            data-testid="tax-signature"
            {...form.getInputProps('signatureName')}
          />
        </Stack>
        {submit.error && (
          <Alert color="red" variant="light" role="alert">
            <ErrorMessage error={submit.error} />
          </Alert>
        )}
        <Group wrap="wrap">
          <Button type="submit" loading={submit.isPending || undefined} data-testid="tax-submit">
            {t('form.submit')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('mine.cancel')}
            </Button>
          )}
        </Group>
        {current && (
          <Text size="sm" c="dimmed">
            {t('mine.replaceHint')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
