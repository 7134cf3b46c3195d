import { Alert, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { type Organization, useUpdateOrganization } from './queries/organizations';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

/**
 * The payout rule: two people by default (the proposer never approves), three as an option that
 * owners and admins switch on (audited by the API; refused for a team of fewer than three who may
 * pay). Everyone else reads which rule their payouts follow.
 */
export function PayoutDutiesSetting({ organization }: { organization: Organization }) {
  const { t } = useTranslation('orgsetup');
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  const update = useUpdateOrganization(organization.id);
  const on = update.isPending ? !organization.payoutFourEyes : organization.payoutFourEyes;
  return (
    <SectionCard title={t('payoutDuties.title')} id="payout-duties-title" maw={560}>
      <Stack gap="sm">
        {update.error instanceof ApiError && update.error.code === 'payout_rule_unsatisfiable' ? (
          <Alert color="orange" variant="light" role="alert" data-testid="payout-rule-unsatisfiable">
            <Text size="sm">{t('payoutDuties.unsatisfiable')}</Text>
          </Alert>
        ) : (
          update.isError && <ErrorState error={update.error} />
        )}
        {manage ? (
          <Switch
            checked={on}
            disabled={update.isPending}
            label={t('payoutDuties.label')}
            description={on ? t('payoutDuties.on') : t('payoutDuties.off')}
            onChange={(e) =>
              update.mutate(
                { payoutFourEyes: e.currentTarget.checked },
                {
                  onSuccess: (org) =>
                    notifyDone(t(org.payoutFourEyes ? 'payoutDuties.savedOn' : 'payoutDuties.savedOff')),
                },
              )
            }
            data-testid="payout-four-eyes"
          />
        ) : (
          // Roles that cannot change it see the rule in words, with no control (docs/dashboard.md).
          <Stack gap={4} data-testid="payout-four-eyes">
            <Text size="sm" fw={600}>
              {t(on ? 'payoutDuties.stateOn' : 'payoutDuties.stateOff')}
            </Text>
            <Text size="sm" c="dimmed">
              {on ? t('payoutDuties.on') : t('payoutDuties.off')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('payoutDuties.readOnly')}
            </Text>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
