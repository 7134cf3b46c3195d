import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A data view that is still loading; the label is announced to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden />
      <Text ml="sm" c="dimmed">
        {label ?? t('state.loading')}
      </Text>
    </Center>
  );
}
