import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlatformUser } from '@/queries/platform-users';

// Badges never cut their label short when the table squeezes the column.
const whole = { label: { overflow: 'visible' } } as const;

/** What stands out about a user: a staff role, banned, where an affiliate account's review stands (staff have none), unverified email, two-factor. */
export function UserFlags({ user }: { user: PlatformUser }) {
  const { t } = useTranslation('platform');
  return (
    <Group gap={4} wrap="wrap">
      {/* Staff are the exception: a badge for their role instead of a column that says "User" on every row. */}
      {user.platformRole !== 'none' && (
        <Badge color="grape" variant="light" styles={whole}>
          {t(`roles.${user.platformRole}`)}
        </Badge>
      )}
      {user.banned && (
        <Badge color="red" variant="filled" styles={whole}>
          {t('users.flags.banned')}
        </Badge>
      )}
      {user.affiliateStatus === 'approved' && (
        <Badge color="teal" variant="light" styles={whole}>
          {t('users.flags.affiliate')}
        </Badge>
      )}
      {user.affiliateStatus === 'pending' && (
        <Badge color="yellow" variant="light" styles={whole}>
          {t('users.flags.notApproved')}
        </Badge>
      )}
      {user.affiliateStatus === 'rejected' && (
        <Badge
          color="gray"
          variant="light"
          styles={whole}
          title={
            user.affiliateRejectionReason
              ? t('users.flags.rejectedReason', { reason: user.affiliateRejectionReason })
              : undefined
          }
        >
          {t('users.flags.rejected')}
        </Badge>
      )}
      {!user.emailVerified && (
        <Badge color="yellow" variant="light" styles={whole}>
          {t('users.flags.unverified')}
        </Badge>
      )}
      {user.twoFactorEnabled && (
        <Badge variant="light" styles={whole}>
          {t('users.flags.twoFactor')}
        </Badge>
      )}
    </Group>
  );
}
