import { AppShell, Burger, Group, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LazyNotifications } from '../lazy-notifications';
import { RouterAnchor } from '../router-anchor';
import { BrandMark } from './brand-mark';
import { CommandPalette } from './command-palette';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { NotificationsBell } from './notifications-bell';
import { SearchButton } from './search-button';
import { SkipLink } from './skip-link';
import { TwoFactorBanner } from './two-factor-banner';
import { UserMenu } from './user-menu';

/** The signed-in frame: header, navbar (a burger drawer below `sm`), and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const { t: tn } = useTranslation('nav');
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: { sm: 260, lg: 300 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <LazyNotifications />
      <CommandPalette />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'shell.closeNavigation' : 'shell.openNavigation')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            {/* One size smaller on phones, where the bell, language switch and menu share the header. */}
            <RouterAnchor to="/" underline="never" c="inherit" fw={700} fz={{ base: 'md', xs: 'lg' }} truncate>
              <BrandMark />
            </RouterAnchor>
          </Group>
          <Group gap={6} wrap="nowrap">
            <SearchButton />
            <LanguageSwitch />
            <NotificationsBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="sm" aria-label={tn('nav.label')} component="nav">
        {/* The scrollbar shows whenever the groups overflow, so nothing hides below the fold unannounced. */}
        <AppShell.Section grow component={ScrollArea} type="auto" offsetScrollbars scrollbarSize={10}>
          <NavLinks onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section pt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <RouterAnchor to="/status" size="sm" c="dimmed" px="sm">
            {tn('nav.status')}
          </RouterAnchor>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <TwoFactorBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
