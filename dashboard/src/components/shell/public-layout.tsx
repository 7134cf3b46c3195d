import { Box, Container, Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../router-anchor';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** The signed-out frame: product name and language switch above a narrow centred column. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0">
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <RouterAnchor to="/" underline="never" c="inherit" fw={700} fz="lg">
            {t('app.name')}
          </RouterAnchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={480} py={{ base: 'lg', sm: 48 }} px="md">
        <Outlet />
      </Container>
    </Box>
  );
}
