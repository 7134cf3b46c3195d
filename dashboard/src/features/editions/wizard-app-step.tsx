import { Group, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { EditionApp } from './queries/my-editions';
import { editionRewardText } from './edition-reward-text';
import type { EditionWizardValues } from './edition-wizard-values';

/** Which of the advertiser's apps the edition is of; fixed once the edition exists. */
export function WizardAppStep({
  form,
  apps,
  locked,
  onPick,
}: {
  form: UseFormReturnType<EditionWizardValues>;
  apps: EditionApp[];
  locked: boolean;
  onPick: (app: EditionApp) => void;
}) {
  const { t, i18n } = useTranslation('editions');
  return (
    <Radio.Group
      label={t('wizard.app.label')}
      description={locked ? t('wizard.app.locked') : t('wizard.app.hint')}
      value={form.values.appId}
      onChange={(appId) => {
        const app = apps.find((a) => a.appId === appId);
        if (app) onPick(app);
      }}
      error={form.errors.appId}
    >
      <Stack gap="sm" mt="sm">
        {apps.map((app) => (
          <Radio.Card
            key={app.appId}
            value={app.appId}
            disabled={locked && app.appId !== form.values.appId}
            radius="md"
            p="md"
            data-testid={`edition-app-${app.appId}`}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <Stack gap={2} miw={0}>
                <Text fw={600}>{app.appName}</Text>
                <Text size="sm" c="dimmed">
                  {editionRewardText(app.reward, t, i18n.language)}
                </Text>
                <Text size="sm" c="dimmed">
                  {[
                    app.domainKinds.includes('subdomain') && app.baseDomain
                      ? t('wizard.app.subdomainOf', { domain: app.baseDomain })
                      : null,
                    app.domainKinds.includes('custom') ? t('wizard.app.customAllowed') : null,
                    t('wizard.app.plans', { count: app.plans.length }),
                    app.requiresApproval ? t('wizard.app.approval') : t('wizard.app.noApproval'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {!app.enrolled && (
                  <Text size="sm" c="orange.9">
                    {t('wizard.app.notEnrolled')}
                  </Text>
                )}
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
