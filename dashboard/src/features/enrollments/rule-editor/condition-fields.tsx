import {
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { CURRENCY_CODES } from '@contracts/iso-codes';
import { useTranslation } from 'react-i18next';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { CountryMultiSelect } from '@/features/programs';
import { MoneyInput } from '@/ui/money-input';
import { type EditorContext, errorAt } from './editor-context';
import { COMPARISONS, type DraftCondition, METRICS } from './rule-draft';
import { isMoneyMetric } from './rule-draft-convert';

const CURRENCIES = [...CURRENCY_CODES].sort();

type Props = {
  condition: DraftCondition;
  path: string;
  ctx: EditorContext;
  onChange: (next: DraftCondition) => void;
};

/** The inputs of one condition, by its kind. */
export function ConditionFields({ condition: c, path, ctx, onChange }: Props) {
  const { t } = useTranslation('rules');
  const error = (field: string) => {
    const key = errorAt(ctx, `${path}.${field}`);
    return key ? t(`errors.${key}`) : undefined;
  };
  const ops = COMPARISONS.map((value) => ({ value, label: t(`conditions.opName.${value}`) }));
  const negate = 'negate' in c && (
    <Switch
      label={t('conditions.negate')}
      checked={c.negate}
      onChange={(e) => onChange({ ...c, negate: e.currentTarget.checked })}
    />
  );
  switch (c.kind) {
    case 'country':
      return (
        <Stack gap="xs">
          <CountryMultiSelect
            label={t('conditions.countries')}
            description={t('conditions.countriesHint')}
            value={c.in}
            onChange={(value) => onChange({ ...c, in: value })}
            exclude={[]}
            error={error('in')}
          />
          {negate}
        </Stack>
      );
    case 'app':
      return (
        <Stack gap="xs">
          <MultiSelect
            label={t('conditions.apps')}
            placeholder={c.in.length === 0 ? t('conditions.appsPlaceholder') : undefined}
            data={ctx.apps.map((app) => ({ value: app.id, label: app.name }))}
            value={c.in}
            onChange={(value) => onChange({ ...c, in: value })}
            searchable
            nothingFoundMessage={t('conditions.noApps')}
            error={error('in')}
          />
          {negate}
        </Stack>
      );
    case 'product':
    case 'metadata':
      return (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: c.kind === 'metadata' ? 2 : 1 }} spacing="sm">
            {c.kind === 'metadata' && (
              <TextInput
                label={t('conditions.metaKey')}
                value={c.key}
                onChange={(e) => onChange({ ...c, key: e.currentTarget.value })}
                error={error('key')}
                maxLength={100}
              />
            )}
            <TagsInput
              label={t(c.kind === 'product' ? 'conditions.products' : 'conditions.metaValues')}
              description={t(c.kind === 'product' ? 'conditions.productsHint' : 'conditions.valuesHint')}
              value={c.in}
              onChange={(value) => onChange({ ...c, in: value })}
              maxTags={100}
              error={error('in')}
              clearable
            />
          </SimpleGrid>
          {negate}
        </Stack>
      );
    case 'amount':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('conditions.op')}
            data={ops}
            value={c.op}
            allowDeselect={false}
            onChange={(value) => value && onChange({ ...c, op: value as typeof c.op })}
          />
          <MoneyInput
            label={t('conditions.amount')}
            currency={c.currency}
            value={c.amount}
            onChange={(e) => onChange({ ...c, amount: e.currentTarget.value })}
            error={error('amount')}
          />
          <Select
            label={t('conditions.currency')}
            data={CURRENCIES}
            value={c.currency}
            searchable
            allowDeselect={false}
            onChange={(value) => value && onChange({ ...c, currency: value })}
            error={error('currency')}
          />
        </SimpleGrid>
      );
    case 'new_customer':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${path}-customer`}>
            {t('conditions.customer')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${path}-customer`}
            data={[
              { value: 'new', label: t('conditions.isNew') },
              { value: 'returning', label: t('conditions.isReturning') },
            ]}
            value={c.is ? 'new' : 'returning'}
            onChange={(value) => onChange({ ...c, is: value === 'new' })}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
      );
    case 'affiliate_totals':
      return (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('conditions.metric')}
              data={METRICS.map((value) => ({ value, label: t(`conditions.metricName.${value}`) }))}
              value={c.metric}
              allowDeselect={false}
              onChange={(value) => value && onChange({ ...c, metric: value as typeof c.metric })}
            />
            <Select
              label={t('conditions.op')}
              data={ops}
              value={c.op}
              allowDeselect={false}
              onChange={(value) => value && onChange({ ...c, op: value as typeof c.op })}
            />
            {isMoneyMetric(c.metric) ? (
              <MoneyInput
                label={t('conditions.value')}
                currency={ctx.currency}
                value={c.value}
                onChange={(e) => onChange({ ...c, value: e.currentTarget.value })}
                error={error('value')}
              />
            ) : (
              <ExactNumberInput
                label={t('conditions.value')}
                min={0}
                value={c.value}
                onChange={(value) => onChange({ ...c, value: String(value) })}
                error={error('value')}
              />
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Switch
              label={t('conditions.lifetime')}
              checked={c.lifetime}
              onChange={(e) => onChange({ ...c, lifetime: e.currentTarget.checked })}
              mt={{ sm: 'xl' }}
            />
            {!c.lifetime && (
              <ExactNumberInput
                label={t('conditions.windowDays')}
                min={1}
                max={3650}
                value={c.windowDays}
                onChange={(value) => onChange({ ...c, windowDays: String(value) })}
                error={error('windowDays')}
              />
            )}
          </SimpleGrid>
        </Stack>
      );
  }
}
