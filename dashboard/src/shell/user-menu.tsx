import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { session } from '@/lib/session/session';
import { useLogOut } from '@/features/access';
import { useMe } from '@/features/accounts';
import { usePrimaryColor } from '@/lib/use-primary-color';
import { RouterMenuItem } from '@/ui/router-menu-item';

export function UserMenu() {
  const { t } = useTranslation();
  const { t: tn } = useTranslation('nav');
  const me = useMe();
  const logOut = useLogOut();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const primary = usePrimaryColor();
  const name = [me.firstName, me.lastName].filter(Boolean).join(' ') || me.email;

  const signOut = async () => {
    // Even if the API call fails (offline), forget the session locally: the user asked to leave.
    await logOut.mutateAsync().catch(() => undefined);
    session.signOut();
    queryClient.clear();
    await navigate({ to: '/login' });
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        {/* 44 px around the 38 px avatar: the touch target phones need. */}
        <UnstyledButton
          aria-label={t('userMenu.open', { name })}
          data-testid="user-menu"
          miw={44}
          mih={44}
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
        >
          {/* The placeholder icon, not initials: visible text would have to match the button's name. */}
          <Avatar color={primary} radius="xl" size="md" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label style={{ overflowWrap: 'anywhere' }}>{name}</Menu.Label>
        <RouterMenuItem to="/account/profile">{tn('nav.profile')}</RouterMenuItem>
        <RouterMenuItem to="/account/security">{tn('nav.security')}</RouterMenuItem>
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>{t('userMenu.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
