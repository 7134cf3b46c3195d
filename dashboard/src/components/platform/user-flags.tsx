import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlatformUser } from '../../queries/platform-users';

// Badges never cut their label short when the table squeezes the column.
const whole = { label: { overflow: 'visible' } } as const;

/** What stands out about a user: banned, approved affiliate, unverified email, two-factor. */
export function UserFlags({ user }: { user: PlatformUser }) {
  const { t } = useTranslation('platform');
  return (
    <Group gap={4} wrap="wrap">
      {user.banned && (
        <Badge color="red" variant="filled" styles={whole}>
          {t('users.flags.banned')}
        </Badge>
      )}
      {user.approvedAffiliate ? (
        <Badge color="teal" variant="light" styles={whole}>
          {t('users.flags.affiliate')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" styles={whole}>
          {t('users.flags.notApproved')}
        </Badge>
      )}
      {!user.emailVerified && (
        <Badge color="yellow" variant="light" styles={whole}>
          {t('users.flags.unverified')}
        </Badge>
      )}
      {user.twoFactorEnabled && (
        <Badge color="blue" variant="light" styles={whole}>
          {t('users.flags.twoFactor')}
        </Badge>
      )}
    </Group>
  );
}
