import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CommissionType, PayoutModel } from '@schema/enums';
import { FormSection } from './form-section';
import { MoneyInput } from '@/ui/money-input';
import { PercentInput } from '@/ui/percent-input';
import type { ProgramForm } from './program-form-types';
import { CURRENCIES, commissionTypeOf } from './program-form-values';

export function CommissionSection({ form }: { form: ProgramForm }) {
  const { t } = useTranslation('orgprograms');
  const { currency } = form.values;
  // A CPC program pays a fixed rate per accepted unique click, so it has no commission type to pick.
  const cpc = form.values.payoutModel === 'cpc';
  const commissionType = commissionTypeOf(form.values);
  return (
    <FormSection legend={t('form.commission.legend')}>
      <Select
        label={t('form.commission.model')}
        description={cpc ? t('form.commission.cpcHint') : undefined}
        data={PayoutModel.map((value) => ({ value, label: t(`model.${value}`) }))}
        allowDeselect={false}
        {...form.getInputProps('payoutModel')}
      />
      {!cpc && (
        <Select
          label={t('form.commission.type')}
          data={CommissionType.map((value) => ({ value, label: t(`commissionType.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('commissionType')}
        />
      )}
      {commissionType !== 'fixed' && (
        <PercentInput label={t('form.commission.rate')} required {...form.getInputProps('commissionRatePercent')} />
      )}
      {commissionType !== 'percent' && (
        <MoneyInput
          label={t(cpc ? 'form.commission.cpcRate' : 'form.commission.fixed')}
          currency={currency}
          required
          {...form.getInputProps('commissionFixed')}
        />
      )}
      <Select
        label={t('form.commission.currency')}
        description={t('form.commission.currencyHint')}
        data={CURRENCIES}
        searchable
        allowDeselect={false}
        {...form.getInputProps('currency')}
      />
      <MoneyInput
        label={t('form.commission.payoutMin')}
        description={t('form.commission.payoutMinHint')}
        currency={currency}
        {...form.getInputProps('payoutMin')}
      />
      <MoneyInput
        label={t('form.commission.revenue')}
        description={t('form.commission.revenueHint')}
        currency={currency}
        {...form.getInputProps('revenue')}
      />
    </FormSection>
  );
}
