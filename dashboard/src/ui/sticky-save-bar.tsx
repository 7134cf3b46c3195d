import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A long form's save, kept in sight: once the form has unsaved changes this bar sticks to the bottom of the
 * window, wherever the change was made, with Discard beside Save. It sits at the form's end in the tab order.
 */
export function StickySaveBar({
  dirty,
  saveLabel,
  saving,
  onDiscard,
}: {
  dirty: boolean;
  saveLabel: string;
  saving: boolean;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  if (!dirty) return null;
  return (
    <Paper
      withBorder
      shadow="md"
      radius="md"
      px="md"
      py="xs"
      role="region"
      aria-label={t('longForm.unsaved')}
      data-testid="sticky-save-bar"
      style={{ position: 'sticky', bottom: 12, zIndex: 3 }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('longForm.unsaved')}
        </Text>
        {/* Side by side even on a phone: stacked, the bar took a fifth of the window. */}
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" size="sm" onClick={onDiscard} disabled={saving}>
            {t('longForm.discard')}
          </Button>
          <Button type="submit" size="sm" loading={saving}>
            {saveLabel}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
