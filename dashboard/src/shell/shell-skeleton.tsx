import { Box, Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The signed-in frame's outline while the session and profile load, so signing in never shows a
 * blank page: a header bar, a navigation column (from `sm` up) and a few lines of page.
 */
export function ShellSkeleton() {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-live="polite" aria-label={t('state.loading')} data-testid="shell-skeleton">
      <Group
        h={60}
        px="md"
        justify="space-between"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Skeleton h={22} w={160} />
        <Skeleton h={28} w={120} />
      </Group>
      <Group align="flex-start" gap={0} wrap="nowrap">
        <Stack
          visibleFrom="sm"
          w={{ sm: 260, lg: 300 }}
          p="sm"
          gap="sm"
          style={{ borderRight: '1px solid var(--mantine-color-default-border)', minHeight: 'calc(100vh - 60px)' }}
        >
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} h={28} />
          ))}
        </Stack>
        <Stack p={{ base: 'md', sm: 'xl' }} gap="md" style={{ flex: 1 }}>
          <Skeleton h={32} w="40%" />
          <Skeleton h={16} w="70%" />
          <Skeleton h={160} />
        </Stack>
      </Group>
    </Box>
  );
}
