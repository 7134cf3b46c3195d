import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_SPEND_LIMITS, SPEND_LIMIT_PERIODS } from '@domain/spend-limits';
import { MoneyInput } from '@/ui/money-input';
import { CURRENCIES } from '@/features/programs';
import type { GroupFormValues, GroupProgram } from './group-form-values';

/**
 * The group's spend limits: at most so much per member a day, week, month or in total, each in one currency.
 * A new limit starts with a month in the program's currency, the cap advertisers ask for most.
 */
export function SpendLimitsField({
  form,
  program,
}: {
  form: UseFormReturnType<GroupFormValues>;
  program: GroupProgram;
}) {
  const { t } = useTranslation('groups');
  const limits = form.values.spendLimits;
  const periods = SPEND_LIMIT_PERIODS.map((value) => ({ value, label: t(`limits.period.${value}`) }));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('limits.explain')}
      </Text>
      {limits.length === 0 && <Text size="sm">{t('limits.none')}</Text>}
      {limits.map((limit, index) => (
        // A limit is its position in the list, which only changes by removing one.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Fieldset key={index} legend={t('limits.legend', { n: index + 1 })} p="sm" pt={4}>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs" style={{ flex: 1 }}>
              <Select
                label={t('limits.periodLabel')}
                data={periods}
                allowDeselect={false}
                {...form.getInputProps(`spendLimits.${index}.period`)}
              />
              <MoneyInput
                label={t('limits.amount')}
                currency={limit.currency}
                required
                {...form.getInputProps(`spendLimits.${index}.amount`)}
              />
              <Select
                label={t('limits.currency')}
                data={CURRENCIES}
                searchable
                allowDeselect={false}
                {...form.getInputProps(`spendLimits.${index}.currency`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              onClick={() => form.removeListItem('spendLimits', index)}
              aria-label={t('limits.remove', { n: index + 1 })}
            >
              <IconX size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Fieldset>
      ))}
      {limits.length < MAX_SPEND_LIMITS && (
        <div>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              form.insertListItem('spendLimits', { period: 'month', amount: '', currency: program.currency })
            }
          >
            {t('limits.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
