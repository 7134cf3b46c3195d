import { Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useMe } from '@/features/accounts';
import { type Organization, useSetTwoFactorRequirement } from './queries/organizations';
import { ErrorState } from '@/ui/error-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

/**
 * Whether every member must use 2FA. Owners switch it (audited by the API), but only with 2FA on
 * themselves: until then the switch is disabled and says why, with the way to turn it on. Everyone
 * else reads the rule.
 */
export function TwoFactorRequirementSetting({ organization }: { organization: Organization }) {
  const { t } = useTranslation('orgsetup');
  const access = useOrgAccess();
  const me = useMe();
  const manage = (access.role === 'owner' || access.role === 'platform_staff') && !access.readOnly;
  const update = useSetTwoFactorRequirement(organization.id);
  const on = update.isPending ? !organization.requireTwoFactor : organization.requireTwoFactor;
  // Turning it off never needs 2FA; turning it on does.
  const blocked = !on && !me.twoFactorEnabled;
  return (
    <SectionCard title={t('twoFactorRequirement.title')} id="two-factor-rule-title" maw={560}>
      <Stack gap="sm">
        {update.isError && <ErrorState error={update.error} />}
        {manage ? (
          <>
            <Switch
              checked={on}
              disabled={update.isPending || blocked}
              label={t('twoFactorRequirement.label')}
              description={on ? t('twoFactorRequirement.on') : t('twoFactorRequirement.off')}
              aria-describedby={blocked ? 'two-factor-rule-blocked' : undefined}
              onChange={(e) =>
                update.mutate(e.currentTarget.checked, {
                  onSuccess: (org) =>
                    notifyDone(
                      t(org.requireTwoFactor ? 'twoFactorRequirement.savedOn' : 'twoFactorRequirement.savedOff'),
                    ),
                })
              }
              data-testid="require-two-factor"
            />
            {blocked && (
              <Text size="sm" c="dimmed" id="two-factor-rule-blocked" data-testid="require-two-factor-blocked">
                {t('twoFactorRequirement.ownFirst')}{' '}
                <RouterAnchor to="/account/security" size="sm" underline="always">
                  {t('twoFactorRequirement.setUpOwn')}
                </RouterAnchor>
              </Text>
            )}
          </>
        ) : (
          <Stack gap={4} data-testid="require-two-factor">
            <Text size="sm" fw={600}>
              {t(on ? 'twoFactorRequirement.stateOn' : 'twoFactorRequirement.stateOff')}
            </Text>
            <Text size="sm" c="dimmed">
              {on ? t('twoFactorRequirement.on') : t('twoFactorRequirement.off')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('twoFactorRequirement.readOnly')}
            </Text>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
