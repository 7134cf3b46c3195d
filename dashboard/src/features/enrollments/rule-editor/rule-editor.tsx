import { Accordion, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramApps } from '@/features/programs';
import { type EditorContext, hasErrorUnder } from './editor-context';
import { RuleActionsMenu } from './rule-actions-menu';
import { type DraftRule, duplicateRule, MAX_RULES, newRule } from './rule-draft';
import { draftToRule } from './rule-draft-convert';
import { validateRules } from './rule-draft-validate';
import { RuleFields } from './rule-fields';
import type { RewardRulesState } from './use-reward-rules';
import { useRuleSentence } from './use-rule-sentence';

type Props = {
  orgId: string;
  program: { currency: string; payoutModel: string };
  state: RewardRulesState;
};

/**
 * The group's reward rules in the group form: each reads as its sentence and opens to be edited. The order is
 * the tie-break (the earlier rule wins a tie), so rules move up and down.
 */
export function RuleEditor({ orgId, program, state }: Props) {
  const { t } = useTranslation('rules');
  const apps = useProgramApps(orgId).data ?? [];
  const sentence = useRuleSentence(apps, 'advertiser');
  const [open, setOpen] = useState<string[]>([]);
  const { rules, setRules } = state;
  const ctx: EditorContext = { currency: program.currency, apps, errors: state.errors };
  const fixedOnly = program.payoutModel === 'cpc';
  // A refused rule opens on each save attempt, so its fields show why; typing afterwards opens nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per attempt, reading the rules and errors of that moment
  useEffect(() => {
    const refused = rules.filter((_, i) => Object.keys(state.errors).some((k) => k.startsWith(`${i}.`)));
    if (refused.length > 0) setOpen((current) => [...new Set([...current, ...refused.map((rule) => rule.uid)])]);
  }, [state.attempt]);
  const replace = (i: number, next: DraftRule[]) => setRules([...rules.slice(0, i), ...next, ...rules.slice(i + 1)]);
  const add = () => {
    const rule = newRule(t('editor.newName', { number: rules.length + 1 }), fixedOnly);
    setRules([...rules, rule]);
    setOpen([...open, rule.uid]);
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...rules];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setRules(next);
  };
  const summary = (rule: DraftRule) =>
    Object.keys(validateRules([rule], program)).length === 0
      ? sentence(draftToRule(rule, program.currency), program.currency)
      : t('editor.incomplete');
  return (
    <Stack gap="xs" data-testid="rule-editor">
      <Title order={3} fz="h5">
        {t('editor.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('editor.intro')}
      </Text>
      {rules.length === 0 && <Text size="sm">{t('editor.none')}</Text>}
      {rules.length > 0 && (
        <Accordion multiple variant="separated" value={open} onChange={setOpen} chevronPosition="left">
          {rules.map((rule, i) => (
            <Accordion.Item key={rule.uid} value={rule.uid} data-testid="rule-item">
              <Group wrap="nowrap" gap={0} pr={4}>
                <Accordion.Control>
                  <Stack gap={2}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={600}>
                        {rule.name.trim() || t('editor.newName', { number: i + 1 })}
                      </Text>
                      {hasErrorUnder(ctx, String(i)) && (
                        <Badge color="red" variant="light" tt="none">
                          {t('editor.needsAttention')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed" data-testid="rule-summary">
                      {summary(rule)}
                    </Text>
                  </Stack>
                </Accordion.Control>
                <RuleActionsMenu
                  name={rule.name}
                  canMoveUp={i > 0}
                  canMoveDown={i < rules.length - 1}
                  canDuplicate={rules.length < MAX_RULES}
                  onMove={(by) => move(i, by)}
                  onDuplicate={() => replace(i, [rule, duplicateRule(rule, t('editor.copyName', { name: rule.name }))])}
                  onDelete={() => replace(i, [])}
                />
              </Group>
              <Accordion.Panel>
                <RuleFields
                  rule={rule}
                  index={i}
                  ctx={ctx}
                  fixedOnly={fixedOnly}
                  onChange={(next) => replace(i, [next])}
                />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <Group gap="sm" wrap="wrap">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={add}
          disabled={rules.length >= MAX_RULES}
        >
          {t('editor.add')}
        </Button>
        {rules.length >= MAX_RULES && (
          <Text size="sm" c="dimmed">
            {t('editor.maxRules')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
