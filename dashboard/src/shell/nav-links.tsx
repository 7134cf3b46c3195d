import { NavLink, Stack } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useLocation, useMatchRoute } from '@tanstack/react-router';
import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavGroupItem, NavLinkItem } from '@/nav/build-nav';
import { NAV_GROUPS, type NavGroupId } from '@/nav/nav-groups';
import { RouterNavLink } from '@/ui/router-nav-link';
import { UnreadMessagesBadge } from './unread-messages-badge';
import { useNavGroups } from './use-nav-groups';

// Links whose own path is a prefix of their siblings' paths are active only on an exact match.
const EXACT = new Set<string>(['/affiliate', '/orgs', '/orgs/$orgId', '/orgs/$orgId/conversions', '/platform']);

/** Which groups the user closed or opened; UI state only, kept on this device. */
const GROUPS_KEY = 'ae.nav.groups';

/**
 * The navigation groups the user may see (buildNav over the per-role lists under nav/): collapsible parents with
 * icons, whose open or closed state this device remembers.
 */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t: tn } = useTranslation('nav');
  const groups = useNavGroups();
  const matchRoute = useMatchRoute();
  const pathname = useLocation({ select: (location) => location.pathname });
  const [opened, setOpened] = useLocalStorage<Partial<Record<NavGroupId, boolean>>>({
    key: GROUPS_KEY,
    defaultValue: {},
    getInitialValueInEffect: false,
  });
  const isCurrent = (link: NavLinkItem) =>
    !!matchRoute({ to: link.entry.to, params: link.params as never, fuzzy: !EXACT.has(link.entry.to) });
  const currentGroup = groups.find((group) => group.links.some(isCurrent))?.id;

  // The current page is always in sight: its group opens, and its link scrolls into the navbar's view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes, not when a group is toggled
  useEffect(() => {
    if (currentGroup && opened[currentGroup] === false) setOpened((prev) => ({ ...prev, [currentGroup]: true }));
    const frame = requestAnimationFrame(revealCurrentLink);
    return () => cancelAnimationFrame(frame);
  }, [pathname, currentGroup]);

  const link = (group: NavGroupItem, item: NavLinkItem) => {
    const Icon = item.entry.icon;
    return (
      <RouterNavLink
        key={`${group.id}:${item.entry.to}`}
        to={item.entry.to}
        params={item.params as never}
        label={tn(item.entry.labelKey)}
        leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
        rightSection={item.entry.badge ? <UnreadMessagesBadge to={item.entry.to} params={item.params} /> : undefined}
        onClick={onNavigate}
        activeOptions={{ exact: EXACT.has(item.entry.to) }}
        activeProps={{ active: true }}
        py={6}
      />
    );
  };

  return (
    <Stack gap={2}>
      {groups.map((group) => {
        const meta = NAV_GROUPS[group.id];
        if ('flat' in meta) return <Fragment key={group.id}>{group.links.map((item) => link(group, item))}</Fragment>;
        const Icon = meta.icon;
        const open = opened[group.id] ?? true;
        const label = group.title ?? tn(meta.labelKey);
        return (
          <NavLink
            key={group.id}
            component="button"
            type="button"
            label={label}
            // One line at the navbar's width: a label too long for it ends in "…" and shows whole on hover.
            noWrap
            title={label}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            opened={open}
            onChange={(next) => setOpened((prev) => ({ ...prev, [group.id]: next }))}
            aria-expanded={open}
            fw={600}
            py={6}
            childrenOffset={12}
            data-nav-group={group.id}
          >
            {group.links.map((item) => link(group, item))}
          </NavLink>
        );
      })}
    </Stack>
  );
}

/**
 * Scrolls the navbar (never the page, nor a phone's hidden drawer sideways) so the current page's link shows.
 */
function revealCurrentLink() {
  const link = document.querySelector<HTMLElement>('#app-navbar a[aria-current="page"]');
  const viewport = link?.closest<HTMLElement>('.mantine-ScrollArea-viewport');
  if (!link || !viewport) return;
  const box = link.getBoundingClientRect();
  const view = viewport.getBoundingClientRect();
  if (box.top < view.top) viewport.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom) viewport.scrollTop += box.bottom - view.bottom;
}
