import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BillingPeriod, usePlatformPlans, useSetOrganizationPlan } from './queries/plans';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';

/** Platform owners and admins put an organization on a plan and period (installs without billing, support cases). */
export function SetOrgPlanButton({ orgId, orgName, planCode }: { orgId: string; orgName: string; planCode: string }) {
  const { t } = useTranslation('plans');
  const [opened, setOpened] = useState(false);
  const plans = usePlatformPlans();
  const save = useSetOrganizationPlan();
  const current = plans.data?.find((p) => p.code === planCode);
  const [planId, setPlanId] = useState<string | null>(null);
  const [period, setPeriod] = useState<BillingPeriod>('monthly');
  const chosen = planId ?? current?.id ?? null;
  const options = (plans.data ?? [])
    .filter((p) => !p.archivedAt || p.code === planCode)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }));
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setOpened(true)}
        aria-label={`${t('orgPlan.change')}: ${orgName}`}
      >
        {t('orgPlan.change')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('orgPlan.title', { name: orgName })}
        closeButtonProps={{ 'aria-label': t('editor.cancel') }}
      >
        <Stack gap="md">
          {save.isError && <ErrorState error={save.error} />}
          <Select label={t('orgPlan.plan')} data={options} value={chosen} onChange={setPlanId} allowDeselect={false} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`period-${orgId}`}>
              {t('orgPlan.period')}
            </Text>
            <SegmentedControl
              aria-labelledby={`period-${orgId}`}
              value={period}
              onChange={(v) => setPeriod(v as BillingPeriod)}
              data={[
                { value: 'monthly', label: t('usage.period.monthly') },
                { value: 'yearly', label: t('usage.period.yearly') },
              ]}
            />
          </Stack>
          <Text size="sm" c="dimmed">
            {t('orgPlan.hint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('editor.cancel')}
            </Button>
            <Button
              disabled={!chosen}
              loading={save.isPending}
              onClick={() =>
                chosen &&
                save.mutate(
                  { orgId, planId: chosen, billingPeriod: period },
                  {
                    onSuccess: () => {
                      setOpened(false);
                      notifyDone(t('orgPlan.saved'));
                    },
                  },
                )
              }
            >
              {t('orgPlan.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
