import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { EditionBrandField, EditionDomainKind, RecurringMode } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { type EditionSettings, useEditionSettings, useSaveEditionSettings } from './queries/org-editions';
import { serverIssues } from '@/lib/forms/server-issues';
import { useOrgPrograms } from '@/features/programs';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { ActionError } from '@/ui/action-error';
import { PercentInput } from '@/ui/percent-input';
import { notifyDone } from '@/lib/notify-done';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { EditionPlanRows } from './edition-plan-rows';
import {
  type EditionSettingsValues,
  formToSettings,
  issueField,
  settingsToForm,
  validateSettings,
} from './edition-settings-values';
import { SectionCard } from '@/ui/section-card';

/** The app's branded-edition offer, on the app's page: what affiliates may brand, where, at which prices, for what. */
export function EditionSettingsSection({
  orgId,
  appId,
  canManage,
}: {
  orgId: string;
  appId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('editions');
  const { t: tc } = useTranslation('common');
  const settings = useEditionSettings(orgId, appId);
  return (
    <SectionCard
      title={t('settings.title')}
      id="edition-settings-title"
      description={t('settings.description')}
      actions={
        <RouterAnchor to="/orgs/$orgId/editions" params={{ orgId }} search={{ app: appId }} size="sm">
          {t('settings.viewEditions')}
        </RouterAnchor>
      }
    >
      <QueryState query={settings} skeleton="detail">
        {(loaded) =>
          // Readers (finance, platform support) see whether the offer is on; the decisions stay on the Editions page.
          !canManage ? (
            <Text size="sm" data-testid="edition-settings-readonly">
              {t('settings.enabled')}: {tc(loaded.enabled ? 'values.on' : 'values.off')}
            </Text>
          ) : (
            <SettingsForm
              key={loaded.updatedAt ?? 'new'}
              orgId={orgId}
              appId={appId}
              settings={loaded}
              canManage={canManage}
            />
          )
        }
      </QueryState>
    </SectionCard>
  );
}

function SettingsForm({
  orgId,
  appId,
  settings,
  canManage,
}: {
  orgId: string;
  appId: string;
  settings: EditionSettings;
  canManage: boolean;
}) {
  const { t } = useTranslation('editions');
  const save = useSaveEditionSettings(orgId, appId);
  const programs = useOrgPrograms(orgId);
  const appPrograms = (programs.data?.pages.flatMap((page) => page.items) ?? []).filter((p) => p.appId === appId);
  const form = useForm<EditionSettingsValues>({ initialValues: settingsToForm(settings) });
  const program = appPrograms.find((p) => p.id === form.values.programId);
  const currency = program?.currency ?? settings.currency ?? 'USD';
  const submit = form.onSubmit((values) => {
    const errors = validateSettings(values, currency);
    if (Object.keys(errors).length > 0) {
      form.setErrors(
        Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, t(`settings.errors.${key}`)])),
      );
      return;
    }
    const body = formToSettings(values, currency);
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => notifyDone(t('settings.saved')),
      // The server's own checks (the base domain is the app's, the program is the app's) show beside their field.
      onError: (error) => {
        for (const issue of serverIssues(error)) {
          const field = issueField(issue.path, values);
          if (field)
            form.setFieldError(
              field,
              issue.path === 'baseDomain' ? t('settings.errors.baseDomainNotOwn') : issue.message,
            );
        }
      },
    });
  });
  const disabled = !canManage;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Switch
          label={t('settings.enabled')}
          description={t('settings.enabledHint')}
          disabled={disabled}
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <Fieldset legend={t('settings.terms.legend')} radius="md" disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('settings.terms.program')}
              description={t('settings.terms.programHint')}
              placeholder={t('settings.terms.programPlaceholder')}
              data={appPrograms.map((p) => ({ value: p.id, label: `${p.name} (${p.currency})` }))}
              nothingFoundMessage={t('settings.terms.noPrograms')}
              {...form.getInputProps('programId')}
            />
            <Switch
              mt={{ sm: 'xl' }}
              label={t('settings.terms.approval')}
              description={t('settings.terms.approvalHint')}
              {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
            />
            <Checkbox.Group
              label={t('settings.terms.brandFields')}
              description={t('settings.terms.brandFieldsHint')}
              {...form.getInputProps('brandFields')}
            >
              <Group gap="md" mt="xs">
                {EditionBrandField.map((field) => (
                  <Checkbox key={field} value={field} label={t(`brandField.${field}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox.Group
              label={t('settings.terms.domainKinds')}
              description={t('settings.terms.domainKindsHint')}
              {...form.getInputProps('domainKinds')}
            >
              <Group gap="md" mt="xs">
                {EditionDomainKind.map((kind) => (
                  <Checkbox key={kind} value={kind} label={t(`wizard.domain.kinds.${kind}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput
              label={t('settings.terms.baseDomain')}
              description={t('settings.terms.baseDomainHint')}
              placeholder={t('settings.terms.baseDomainPlaceholder')}
              spellCheck={false}
              autoComplete="off"
              {...form.getInputProps('baseDomain')}
            />
          </SimpleGrid>
        </Fieldset>
        <EditionPlanRows form={form} currency={currency} disabled={disabled} />
        <Fieldset legend={t('settings.reward.legend')} radius="md" disabled={disabled}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('settings.reward.hint', { currency })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="edition-reward-type">
                {t('settings.reward.type')}
              </Text>
              <SegmentedControl
                aria-labelledby="edition-reward-type"
                data={[
                  { value: 'percent', label: t('settings.reward.percent') },
                  { value: 'fixed', label: t('settings.reward.fixed') },
                ]}
                {...form.getInputProps('rewardType')}
              />
            </Stack>
            {form.values.rewardType === 'percent' ? (
              <PercentInput label={t('settings.reward.rate')} required {...form.getInputProps('rewardPercent')} />
            ) : (
              <TextInput
                label={t('settings.reward.amount', { currency })}
                required
                inputMode="decimal"
                {...form.getInputProps('rewardFixed')}
              />
            )}
            <Select
              label={t('settings.reward.recurring')}
              data={RecurringMode.map((value) => ({ value, label: t(`settings.reward.recurringModes.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('recurringMode')}
            />
            {form.values.recurringMode === 'months' && (
              <ExactNumberInput
                label={t('settings.reward.months')}
                min={1}
                max={1200}
                required
                {...form.getInputProps('recurringMonths')}
              />
            )}
          </SimpleGrid>
        </Fieldset>
        <ActionError error={save.error} />
        {canManage && (
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="edition-settings-save">
              {t('settings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
