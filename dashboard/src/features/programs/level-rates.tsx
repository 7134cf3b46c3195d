import { ActionIcon, Button, Group, Input, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PercentInput } from '@/ui/percent-input';
import type { ProgramForm } from './program-form-types';
import { MAX_LEVELS } from './program-form-values';

/** Upline rates: level 1 is whoever referred the affiliate, up to three levels; add and remove rows. */
export function LevelRates({ form, readOnly }: { form: ProgramForm; readOnly?: boolean | undefined }) {
  const { t } = useTranslation('orgprograms');
  const levels = form.values.multiLevelRatesPercent;
  return (
    <Input.Wrapper
      label={t('form.levels.label')}
      description={t('form.levels.hint')}
      style={{ gridColumn: '1 / -1' }}
      component="div"
    >
      <Stack gap="xs" mt="xs">
        {levels.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.levels.none')}
          </Text>
        )}
        {levels.map((_, index) => (
          // A level is its position: removing one moves the ones above it down.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
            <PercentInput
              label={t('form.levels.level', { level: index + 1 })}
              style={{ flex: 1, maxWidth: 240 }}
              {...form.getInputProps(`multiLevelRatesPercent.${index}`)}
            />
            {index === levels.length - 1 && !readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                onClick={() => form.removeListItem('multiLevelRatesPercent', index)}
                aria-label={t('form.levels.remove', { level: index + 1 })}
              >
                <span aria-hidden>×</span>
              </ActionIcon>
            )}
          </Group>
        ))}
        {levels.length < MAX_LEVELS && !readOnly && (
          <div>
            <Button
              variant="light"
              size="xs"
              onClick={() => form.insertListItem('multiLevelRatesPercent', levels.length === 0 ? 5 : 1)}
            >
              {t('form.levels.add', { level: levels.length + 1 })}
            </Button>
          </div>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
