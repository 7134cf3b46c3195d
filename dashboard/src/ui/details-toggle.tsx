import { Box, Button, Collapse } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Technical detail folded away behind a small "Details" button, for the few who need it (support). */
export function DetailsToggle({ children }: { children: ReactNode }) {
  const { t } = useTranslation('errors');
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <Box data-testid="error-details">
      <Button variant="subtle" size="compact-xs" px={0} onClick={toggle} aria-expanded={opened} aria-controls={id}>
        {opened ? t('details.hide') : t('details.show')}
      </Button>
      <Collapse expanded={opened} id={id}>
        <Box mt={4}>{children}</Box>
      </Collapse>
    </Box>
  );
}
