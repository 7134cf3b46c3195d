import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PercentInput } from '@/ui/percent-input';
import { type GroupFormValues, MAX_UPLINE_LEVELS } from './group-form-values';

/** The group's upline rates: level 1 is whoever referred the member, up to three levels; none pays no upline. */
export function UplineRatesField({ form }: { form: UseFormReturnType<GroupFormValues> }) {
  const { t } = useTranslation('groups');
  const levels = form.values.uplinePercent;
  return (
    <Stack gap="xs">
      {levels.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noUpline')}
        </Text>
      )}
      {levels.map((_, index) => (
        // A level is its position: removing the last one is the only change of the list's order.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
          <PercentInput
            label={t('form.level', { level: index + 1 })}
            style={{ flex: 1 }}
            {...form.getInputProps(`uplinePercent.${index}`)}
          />
          {index === levels.length - 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              onClick={() => form.removeListItem('uplinePercent', index)}
              aria-label={t('form.removeLevel', { level: index + 1 })}
            >
              <IconX size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {levels.length < MAX_UPLINE_LEVELS && (
        <div>
          <Button
            variant="light"
            size="xs"
            onClick={() => form.insertListItem('uplinePercent', levels.length === 0 ? 10 : 1)}
          >
            {t('form.addLevel', { level: levels.length + 1 })}
          </Button>
        </div>
      )}
    </Stack>
  );
}
