import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlatformUser } from '@/features/accounts';

// Badges never cut their label short when the table squeezes the column.
const whole = { label: { overflow: 'visible' } } as const;

/**
 * An account an advertiser made (imported, or an app's embedded dashboard user) that the person has not taken over:
 * it applied for nothing and its email is the advertiser's word, so it is not "awaiting approval" or "unverified".
 */
export const advertiserManaged = (user: PlatformUser) => user.addedBy !== null && !user.claimed;

/** What stands out about a user: a staff role, banned, where an affiliate account's review stands (staff have none), unverified email, two-factor. */
export function UserFlags({ user }: { user: PlatformUser }) {
  const { t } = useTranslation('platform');
  const managed = advertiserManaged(user);
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
      {managed && (
        <Badge color="teal" variant="light" styles={whole}>
          {t(`users.flags.added_${user.addedBy!}`)}
        </Badge>
      )}
      {managed && (
        <Badge color="gray" variant="light" styles={whole}>
          {t('users.flags.activePrograms', { count: user.activePrograms })}
        </Badge>
      )}
      {user.affiliateStatus === 'pending' && !managed && (
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
      {!user.emailVerified && !managed && (
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
