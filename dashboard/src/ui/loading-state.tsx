import { Box, Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The outline a loading view draws: table rows, a row of cards, a details panel, or one line. */
export type LoadingShape = 'rows' | 'cards' | 'detail' | 'line';

const ROWS = [0, 1, 2, 3, 4];

function Outline({ shape }: { shape: LoadingShape }) {
  if (shape === 'line') return <Skeleton h={16} w="60%" />;
  if (shape === 'cards')
    return (
      <Group gap="md" grow preventGrowOverflow={false}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={104} miw={160} radius="md" />
        ))}
      </Group>
    );
  if (shape === 'detail')
    return (
      <Stack gap="md">
        {[0, 1, 2, 3].map((i) => (
          <Group key={i} gap="md" wrap="nowrap">
            <Skeleton h={14} w="30%" maw={180} />
            <Skeleton h={14} w="50%" />
          </Group>
        ))}
        <Skeleton h={120} radius="md" />
      </Stack>
    );
  // A table: its header bar, then rows.
  return (
    <Stack gap={10}>
      <Skeleton h={34} radius="sm" />
      {ROWS.map((i) => (
        <Skeleton key={i} h={22} w={i % 2 ? '92%' : '100%'} radius="sm" />
      ))}
    </Stack>
  );
}

/**
 * A data view that is still loading: grey shapes where its content will be, never a spinner; the label is
 * announced to screen readers.
 */
export function LoadingState({ label, shape = 'rows' }: { label?: string; shape?: LoadingShape }) {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-busy
      aria-label={label ?? t('state.loading')}
      py="xs"
      data-testid="loading-state"
    >
      <Outline shape={shape} />
    </Box>
  );
}
