import { Select, Switch } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '@/ui/router-anchor';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { FormSection } from './form-section';
import { MoneyInput } from '@/ui/money-input';
import { PercentInput } from '@/ui/percent-input';
import type { ProgramForm } from './program-form-types';

/** What the referred customer gets off, and whether links carry the affiliate's code. */
export function DiscountSection({ form }: { form: ProgramForm }) {
  const { t } = useTranslation('orgprograms');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId' });
  const v = form.values;
  // The key lives on the app's page; a new program has no app until one is picked.
  const hint = (
    <>
      {t('form.discount.hint')}{' '}
      {v.appId ? (
        <RouterAnchor
          to="/orgs/$orgId/apps/$appId"
          params={{ orgId, appId: v.appId }}
          hash="stripe-discounts"
          size="sm"
          underline="always"
        >
          {t('form.discount.keyLink')}
        </RouterAnchor>
      ) : (
        t('form.discount.keyWhere')
      )}
    </>
  );
  return (
    <FormSection legend={t('form.discount.legend')} hint={hint}>
      <Select
        label={t('form.discount.type')}
        data={(['none', 'percent', 'amount'] as const).map((value) => ({
          value,
          label: t(`form.discount.types.${value}`),
        }))}
        allowDeselect={false}
        {...form.getInputProps('discountType')}
      />
      {v.discountType === 'percent' ? (
        <PercentInput label={t('form.discount.percent')} {...form.getInputProps('discountPercent')} />
      ) : null}
      {v.discountType === 'amount' ? (
        <MoneyInput label={t('form.discount.amount')} currency={v.currency} {...form.getInputProps('discountAmount')} />
      ) : null}
      {v.discountType !== 'none' ? (
        <Select
          label={t('form.discount.duration')}
          data={(['once', 'repeating', 'forever'] as const).map((value) => ({
            value,
            label: t(`form.discount.durations.${value}`),
          }))}
          allowDeselect={false}
          {...form.getInputProps('discountDuration')}
        />
      ) : null}
      {v.discountType !== 'none' && v.discountDuration === 'repeating' ? (
        <ExactNumberInput
          label={t('form.discount.months')}
          min={1}
          max={36}
          {...form.getInputProps('discountMonths')}
        />
      ) : null}
      <Switch
        label={t('form.discount.inLink')}
        description={t('form.discount.inLinkHint')}
        style={{ gridColumn: '1 / -1' }}
        {...form.getInputProps('discountInLink', { type: 'checkbox' })}
      />
    </FormSection>
  );
}
