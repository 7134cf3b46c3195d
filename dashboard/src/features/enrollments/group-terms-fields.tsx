import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CommissionType, RecurringMode } from '@schema/enums';
import { formatMoney, formatPercent } from '@/lib/format';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { MoneyInput } from '@/ui/money-input';
import { PercentInput } from '@/ui/percent-input';
import {
  effectiveCommissionType,
  effectiveRecurringMode,
  type GroupFormValues,
  type GroupProgram,
  type GroupTerm,
} from './group-form-values';
import { TermField } from './term-field';
import { UplineRatesField } from './upline-rates-field';

type GroupForm = UseFormReturnType<GroupFormValues>;

/** Every term a group may set, each "the program's" (with its value shown) or the group's own. */
export function GroupTermsFields({ form, program }: { form: GroupForm; program: GroupProgram }) {
  const { t, i18n } = useTranslation('groups');
  const v = form.values;
  const percent = (bps: number | null) => (bps === null ? '—' : formatPercent(bps / 10_000, i18n.language, 2));
  const type = effectiveCommissionType(v, program);
  const mode = effectiveRecurringMode(v, program);
  const term = (name: GroupTerm, legend: string, programValue: string) => ({
    legend,
    programValue,
    useProgram: v.useProgram[name],
    onUseProgramChange: (checked: boolean) => form.setFieldValue(`useProgram.${name}`, checked),
    error: form.errors[`useProgram.${name}`],
  });
  const rebills =
    program.recurringMode === 'months'
      ? t('recurring.monthsOf', { count: program.recurringMonths ?? 0 })
      : t(`recurring.${program.recurringMode}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
      {program.payoutModel !== 'cpc' && (
        <TermField {...term('type', t('form.commissionType'), t(`commissionType.${program.commissionType}`))}>
          <Select
            aria-label={t('form.commissionType')}
            data={CommissionType.map((value) => ({ value, label: t(`commissionType.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('commissionType')}
          />
        </TermField>
      )}
      {type !== 'fixed' && (
        <TermField {...term('rate', t('form.rate'), percent(program.commissionRateBps))}>
          <PercentInput aria-label={t('form.rate')} {...form.getInputProps('ratePercent')} />
        </TermField>
      )}
      {type !== 'percent' && (
        <TermField
          {...term(
            'fixed',
            t(program.payoutModel === 'cpc' ? 'form.cpcRate' : 'form.fixed'),
            program.commissionFixedMinor === null
              ? '—'
              : formatMoney(program.commissionFixedMinor, program.currency, i18n.language),
          )}
        >
          <MoneyInput
            aria-label={t(program.payoutModel === 'cpc' ? 'form.cpcRate' : 'form.fixed')}
            currency={program.currency}
            {...form.getInputProps('fixed')}
          />
        </TermField>
      )}
      <TermField {...term('recurring', t('form.recurring'), rebills)}>
        <Select
          label={t('form.recurringMode')}
          data={RecurringMode.map((value) => ({ value, label: t(`recurring.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('recurringMode')}
        />
        {v.recurringMode === 'months' && (
          <ExactNumberInput
            label={t('form.recurringMonths')}
            min={1}
            max={1200}
            required
            {...form.getInputProps('recurringMonths')}
          />
        )}
      </TermField>
      {mode !== 'none' && (
        <TermField
          {...term(
            'recurringRate',
            t('form.recurringRate'),
            program.recurringRateBps === null ? t('form.sameAsCommission') : percent(program.recurringRateBps),
          )}
        >
          <PercentInput aria-label={t('form.recurringRate')} {...form.getInputProps('recurringRatePercent')} />
        </TermField>
      )}
      <TermField
        {...term(
          'upline',
          t('form.upline'),
          program.multiLevelRatesBps.length === 0
            ? t('form.noUpline')
            : program.multiLevelRatesBps.map((bps) => percent(bps)).join(' / '),
        )}
      >
        <UplineRatesField form={form} />
      </TermField>
      <TermField {...term('hold', t('form.hold'), t('form.days', { count: program.holdDays }))}>
        <ExactNumberInput
          aria-label={t('form.holdDays')}
          min={0}
          max={3650}
          suffix={` ${t('form.daysSuffix')}`}
          {...form.getInputProps('holdDays')}
        />
      </TermField>
    </SimpleGrid>
  );
}
