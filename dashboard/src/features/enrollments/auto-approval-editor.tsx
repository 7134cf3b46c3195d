import { ActionIcon, Button, Card, Group, Menu, Select, Stack, TagsInput, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUTO_APPROVAL_KINDS,
  type AutoApprovalKind,
  labelIn,
  MAX_AUTO_APPROVAL_RULES,
} from '@domain/application-kinds';
import {
  type ApplicationQuestion,
  type ApplicationSettings,
  type AutoApprovalRule,
  useSaveAutoApproval,
} from './queries/applications';
import { ErrorMessage } from '@/ui/error-message';
import { CountryMultiSelect } from '@/features/programs';
import { notifyDone } from '@/lib/notify-done';
import { SettingsSection } from './settings-section';
import { useRuleSentence } from './use-rule-sentence';

function newRule(kind: AutoApprovalKind, questions: ApplicationQuestion[]): AutoApprovalRule {
  switch (kind) {
    case 'everyone':
      return { kind };
    case 'country':
      return { kind, countries: [] };
    case 'email_domain':
      return { kind, domains: [] };
    case 'answer':
      return { kind, questionId: questions[0]?.id ?? '', values: [] };
  }
}

function RuleFields({
  rule,
  questions,
  readOnly,
  onChange,
}: {
  rule: AutoApprovalRule;
  questions: ApplicationQuestion[];
  readOnly: boolean;
  onChange: (rule: AutoApprovalRule) => void;
}) {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  switch (rule.kind) {
    case 'everyone':
      return null;
    case 'country':
      return (
        <CountryMultiSelect
          label={t('rules.countries')}
          description={t('rules.countriesHint')}
          value={rule.countries}
          onChange={(countries) => onChange({ ...rule, countries })}
          exclude={[]}
        />
      );
    case 'email_domain':
      return (
        <TagsInput
          label={t('rules.domains')}
          description={t('rules.domainsHint')}
          value={rule.domains}
          readOnly={readOnly}
          onChange={(domains) => onChange({ ...rule, domains: domains.map((d) => d.trim().toLowerCase()) })}
        />
      );
    case 'answer': {
      const question = questions.find((q) => q.id === rule.questionId);
      const options = question?.options?.map((o) => ({ value: o.value, label: labelIn(o.label, i18n.language) }));
      return (
        <Stack gap="xs">
          <Select
            label={t('rules.question')}
            data={questions.map((q) => ({ value: q.id, label: labelIn(q.label, i18n.language) || q.id }))}
            value={rule.questionId || null}
            readOnly={readOnly}
            allowDeselect={false}
            onChange={(questionId) => questionId && onChange({ ...rule, questionId, values: [] })}
          />
          <TagsInput
            label={t('rules.values')}
            description={t(options ? 'rules.valuesChoiceHint' : 'rules.valuesHint')}
            data={options?.map((o) => o.value)}
            value={rule.values}
            readOnly={readOnly}
            onChange={(values) => onChange({ ...rule, values })}
          />
        </Stack>
      );
    }
  }
}

/** The "Auto-approval" section: a list of rules, any one of which approves an application at once. */
export function AutoApprovalEditor({
  orgId,
  settings,
  canEdit,
}: {
  orgId: string;
  settings: ApplicationSettings;
  canEdit: boolean;
}) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const save = useSaveAutoApproval(orgId, settings.programId);
  const sentence = useRuleSentence();
  // Each rule gets a key of the editor's own, so removing one keeps the others' fields in place.
  const [entries, setEntries] = useState(() =>
    settings.autoApproval.map((rule) => ({ key: crypto.randomUUID(), rule })),
  );
  const rules = entries.map((e) => e.rule);
  const update = (key: string, rule: AutoApprovalRule) =>
    setEntries((prev) => prev.map((e) => (e.key === key ? { key, rule } : e)));
  // Questions of every form of the program: a rule may name any of them.
  const questions = [...settings.questions, ...settings.groups.flatMap((g) => g.questions ?? [])].filter(
    (q, i, all) => all.findIndex((x) => x.id === q.id) === i,
  );
  const kinds = AUTO_APPROVAL_KINDS.filter((k) => k !== 'answer' || questions.length > 0);
  return (
    <SettingsSection title={t('rules.title')} hint={t('rules.hint')}>
      {rules.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('rules.empty')}
        </Text>
      )}
      {entries.map(({ key, rule }, i) => (
        <Card
          key={key}
          withBorder
          radius="md"
          padding="md"
          component="fieldset"
          aria-label={t('rules.ruleN', { n: i + 1 })}
        >
          <Stack gap="sm">
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('rules.ruleN', { n: i + 1 })} · {t(`rules.kinds.${rule.kind}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {sentence(rule, questions)}
                </Text>
              </Stack>
              {canEdit && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setEntries((prev) => prev.filter((e) => e.key !== key))}
                  aria-label={t('rules.remove', { n: i + 1 })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            <RuleFields rule={rule} questions={questions} readOnly={!canEdit} onChange={(next) => update(key, next)} />
          </Stack>
        </Card>
      ))}
      {save.error && <ErrorMessage error={save.error} />}
      {canEdit && (
        <Group justify="space-between" wrap="wrap" gap="sm">
          {rules.length < MAX_AUTO_APPROVAL_RULES ? (
            <Menu position="bottom-start">
              <Menu.Target>
                <Button variant="subtle" leftSection={<IconPlus size={16} />}>
                  {t('rules.add')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {kinds.map((k) => (
                  <Menu.Item
                    key={k}
                    onClick={() =>
                      setEntries((prev) => [...prev, { key: crypto.randomUUID(), rule: newRule(k, questions) }])
                    }
                  >
                    {t(`rules.kinds.${k}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : (
            <span />
          )}
          <Button
            variant="default"
            onClick={() => save.mutate(rules, { onSuccess: () => notifyDone(t('rules.saved')) })}
            loading={save.isPending}
          >
            {t('rules.save')}
          </Button>
        </Group>
      )}
    </SettingsSection>
  );
}
