import { Badge, Box, Button, Collapse, Group, Paper } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconChevronDown } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_QUERY } from './data-table';

type FilterBarProps = {
  /** The section's accessible name ("Conversion filters"). */
  label: string;
  /** How many filters the URL sets (lib/active-filters.ts), counted on the phones' button. */
  active: number;
  children: ReactNode;
};

/**
 * A list's filters in one bordered panel. On phones the fields would fill the first screen before a single row
 * shows, so they fold behind a "Filters" button that counts the active ones; the values stay in the URL either
 * way, so folding loses nothing.
 */
export function FilterBar({ label, active, children }: FilterBarProps) {
  const { t } = useTranslation('earnings');
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const fieldsId = useId();
  const fields = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {children}
    </Group>
  );
  if (!phone) {
    return (
      <Paper withBorder p="md" radius="md" mb="lg" component="section" aria-label={label}>
        {fields}
      </Paper>
    );
  }
  return (
    <Paper withBorder p="xs" radius="md" mb="md" component="section" aria-label={label}>
      <Button
        variant="subtle"
        color="gray"
        fullWidth
        justify="space-between"
        h={44}
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={fieldsId}
        leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
        rightSection={
          <Group gap={6} wrap="nowrap">
            {active > 0 && (
              <Badge
                circle
                size="md"
                aria-label={t('filterBar.active', { count: active })}
                data-testid="active-filters"
              >
                {active}
              </Badge>
            )}
            <IconChevronDown
              size={16}
              aria-hidden
              style={{ transform: opened ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }}
            />
          </Group>
        }
        styles={{ label: { flex: 1, justifyContent: 'flex-start' } }}
        data-testid="filters-toggle"
      >
        {t('filterBar.button')}
      </Button>
      <Collapse expanded={opened} id={fieldsId} keepMountedMode="display-none">
        <Box pt="sm" px={4} pb={4}>
          {fields}
        </Box>
      </Collapse>
    </Paper>
  );
}
