import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type BulkReviewBarProps = {
  count: number;
  onDecide: (decision: 'approve' | 'reject') => void;
  onClear: () => void;
};

/** The decisions for the selected rows; disabled until something is selected, so the place never jumps. */
export function BulkReviewBar({ count, onDecide, onClear }: BulkReviewBarProps) {
  const { t } = useTranslation('orgconversions');
  const none = count === 0;
  return (
    <Paper withBorder p="sm" radius="md" mb="md" component="section" aria-label={t('bulk.label')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" fw={500} aria-live="polite" data-testid="selected-count">
          {t('bulk.selected', { count })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            color="teal.9"
            leftSection={<IconCheck size={14} aria-hidden />}
            disabled={none}
            onClick={() => onDecide('approve')}
          >
            {t('bulk.approveSelected')}
          </Button>
          <Button
            size="xs"
            color="red.9"
            leftSection={<IconX size={14} aria-hidden />}
            disabled={none}
            onClick={() => onDecide('reject')}
          >
            {t('bulk.rejectSelected')}
          </Button>
          <Button size="xs" variant="default" disabled={none} onClick={onClear}>
            {t('bulk.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
