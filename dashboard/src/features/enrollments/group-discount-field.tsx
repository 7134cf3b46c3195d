import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { MoneyInput } from '@/ui/money-input';
import { PercentInput } from '@/ui/percent-input';
import type { GroupFormValues, GroupProgram } from './group-form-values';

/** The discount the members' referred customers get: the program's, none, or the group's own. */
export function GroupDiscountField({
  form,
  program,
}: {
  form: UseFormReturnType<GroupFormValues>;
  program: GroupProgram;
}) {
  const { t } = useTranslation('groups');
  const v = form.values;
  const own = v.discountMode === 'percent' || v.discountMode === 'amount';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('discount.mode')}
        data={(['program', 'none', 'percent', 'amount'] as const).map((value) => ({
          value,
          label: t(`discount.modes.${value}`),
        }))}
        allowDeselect={false}
        {...form.getInputProps('discountMode')}
      />
      {v.discountMode === 'percent' ? (
        <PercentInput label={t('discount.percent')} {...form.getInputProps('discountPercent')} />
      ) : null}
      {v.discountMode === 'amount' ? (
        <MoneyInput
          label={t('discount.amount')}
          currency={program.currency}
          {...form.getInputProps('discountAmount')}
        />
      ) : null}
      {own ? (
        <Select
          label={t('discount.duration')}
          data={(['once', 'repeating', 'forever'] as const).map((value) => ({
            value,
            label: t(`discount.durations.${value}`),
          }))}
          allowDeselect={false}
          {...form.getInputProps('discountDuration')}
        />
      ) : null}
      {own && v.discountDuration === 'repeating' ? (
        <ExactNumberInput label={t('discount.months')} min={1} max={36} {...form.getInputProps('discountMonths')} />
      ) : null}
    </SimpleGrid>
  );
}
