import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { portal } from '@/lib/portal/portal';
import { RouterAnchor } from '@/ui/router-anchor';
import { BrandMark } from './brand-mark';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** The signed-out frame: product name and language switch above a narrow centred column. */
export function PublicLayout() {
  const { supportEmail } = portal();
  return (
    <Box mih="100dvh" bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))">
      <SkipLink />
      <Box
        component="header"
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <RouterAnchor to="/" underline="never" c="inherit" fw={700} fz="lg">
            <BrandMark />
          </RouterAnchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={480} py={{ base: 'lg', sm: 48 }} px="md">
        <Outlet />
        {supportEmail && <SupportLine email={supportEmail} />}
      </Container>
    </Box>
  );
}

/** The portal's support address under every signed-out page (its namespace loads only on a portal). */
function SupportLine({ email }: { email: string }) {
  const { t } = useTranslation('brand');
  return (
    <Text size="sm" c="dimmed" ta="center" mt="lg">
      {t('support')}{' '}
      <Anchor href={`mailto:${email}`} underline="always">
        {email}
      </Anchor>
    </Text>
  );
}
