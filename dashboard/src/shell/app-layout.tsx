import { AppShell, Burger, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LazyNotifications } from '@/ui/lazy-notifications';
import { RouterAnchor } from '@/ui/router-anchor';
import { BrandMark } from './brand-mark';
import { CommandPalette } from './command-palette';
import { HeaderLanguageSwitch } from './header-language-switch';
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
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'shell.closeNavigation' : 'shell.openNavigation')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            {/* Smaller on phones, where search, the bell, the language switch and the menu share the header, and
                on two lines rather than cut ("Affiliat…"). */}
            <RouterAnchor
              to="/"
              underline="never"
              c="inherit"
              fw={700}
              fz={{ base: 'sm', xs: 'lg' }}
              lh={1.15}
              mih={44}
              style={{ display: 'flex', alignItems: 'center', minWidth: 0 }}
            >
              <Text span inherit lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                <BrandMark />
              </Text>
            </RouterAnchor>
          </Group>
          <Group gap={4} wrap="nowrap">
            <SearchButton />
            <HeaderLanguageSwitch />
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
