import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type EditionSettingsValues, emptyPlanRow } from './edition-settings-values';

const INTERVALS = ['month', 'year', 'once'] as const;

/** The app's plans editions may sell: each with its code, list price and the bounds an edition's price keeps to. */
export function EditionPlanRows({
  form,
  currency,
  disabled,
}: {
  form: UseFormReturnType<EditionSettingsValues>;
  currency: string;
  disabled: boolean;
}) {
  const { t } = useTranslation('editions');
  const rows = form.values.plans;
  return (
    <Fieldset legend={t('settings.plans.legend')} radius="md" disabled={disabled}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('settings.plans.hint')}
        </Text>
        {rows.length === 0 && <Text size="sm">{t('settings.plans.none')}</Text>}
        {rows.map((row, i) => (
          <Paper key={row.key} withBorder radius="md" p="sm" data-testid="offer-row">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text fw={600} size="sm" truncate>
                  {row.name.trim() || t('settings.plans.untitled', { index: i + 1 })}
                </Text>
                {!disabled && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => form.removeListItem('plans', i)}
                    aria-label={t('settings.plans.remove', { name: row.name.trim() || i + 1 })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <TextInput
                  label={t('settings.plans.code')}
                  description={t('settings.plans.codeHint')}
                  required
                  spellCheck={false}
                  {...form.getInputProps(`plans.${i}.code`)}
                />
                <TextInput label={t('settings.plans.name')} required {...form.getInputProps(`plans.${i}.name`)} />
                <Select
                  label={t('settings.plans.interval')}
                  data={INTERVALS.map((value) => ({ value, label: t(`intervalName.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`plans.${i}.interval`)}
                />
                <TextInput
                  label={t('settings.plans.currency')}
                  required
                  maxLength={3}
                  spellCheck={false}
                  {...form.getInputProps(`plans.${i}.currency`)}
                />
                <TextInput
                  label={t('settings.plans.listPrice')}
                  required
                  inputMode="decimal"
                  {...form.getInputProps(`plans.${i}.listPrice`)}
                />
              </SimpleGrid>
              <Stack gap={4}>
                <Text size="sm" fw={500} id={`${row.key}-bounds`}>
                  {t('settings.plans.bounds')}
                </Text>
                <SegmentedControl
                  aria-labelledby={`${row.key}-bounds`}
                  data={[
                    { value: 'range', label: t('settings.plans.range') },
                    { value: 'discount', label: t('settings.plans.discount') },
                  ]}
                  maw={360}
                  {...form.getInputProps(`plans.${i}.boundsKind`)}
                />
              </Stack>
              {row.boundsKind === 'range' ? (
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={520}>
                  <TextInput
                    label={t('settings.plans.min')}
                    required
                    inputMode="decimal"
                    {...form.getInputProps(`plans.${i}.min`)}
                  />
                  <TextInput
                    label={t('settings.plans.max')}
                    required
                    inputMode="decimal"
                    {...form.getInputProps(`plans.${i}.max`)}
                  />
                </SimpleGrid>
              ) : (
                <TextInput
                  label={t('settings.plans.discountAmount')}
                  description={t('settings.plans.discountHint')}
                  required
                  inputMode="decimal"
                  maw={260}
                  {...form.getInputProps(`plans.${i}.discount`)}
                />
              )}
            </Stack>
          </Paper>
        ))}
        {!disabled && (
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem('plans', emptyPlanRow(currency))}
            >
              {t('settings.plans.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
