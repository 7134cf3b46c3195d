import { Chip, Group, Input, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CommissionType } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '@/ui/money-input';
import { PercentInput } from '@/ui/percent-input';
import { ConditionGroup } from './condition-group';
import { type EditorContext, errorAt } from './editor-context';
import { type DraftRule, RULE_EVENTS, type RuleEvent } from './rule-draft';

type Props = {
  rule: DraftRule;
  index: number;
  ctx: EditorContext;
  /** A pay-per-click program pays fixed amounts only. */
  fixedOnly: boolean;
  onChange: (next: DraftRule) => void;
};

/** One rule's name, the events it pays on, its reward and its conditions. */
export function RuleFields({ rule, index, ctx, fixedOnly, onChange }: Props) {
  const { t } = useTranslation('rules');
  const error = (field: string) => {
    const key = errorAt(ctx, `${index}.${field}`);
    return key ? t(`errors.${key}`) : undefined;
  };
  const eventsId = `rule-${rule.uid}-events`;
  return (
    <Stack gap="md">
      <TextInput
        label={t('editor.name')}
        description={t('editor.nameHint')}
        value={rule.name}
        maxLength={120}
        onChange={(e) => onChange({ ...rule, name: e.currentTarget.value })}
        error={error('name')}
      />
      <Stack gap={4}>
        <Input.Label id={eventsId}>{t('editor.events')}</Input.Label>
        <Chip.Group
          multiple
          value={rule.events}
          onChange={(events) =>
            onChange({ ...rule, events: RULE_EVENTS.filter((e) => (events as RuleEvent[]).includes(e)) })
          }
        >
          <Group gap="xs" role="group" aria-labelledby={eventsId}>
            {RULE_EVENTS.map((event) => (
              <Chip key={event} value={event} size="sm">
                {t(`events.${event}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {error('events') && <Input.Error>{error('events')}</Input.Error>}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('editor.commissionType')}
          data={(fixedOnly ? ['fixed' as const] : CommissionType).map((value) => ({
            value,
            label: t(`type.${value}`),
          }))}
          value={rule.commissionType}
          allowDeselect={false}
          onChange={(value) => value && onChange({ ...rule, commissionType: value as DraftRule['commissionType'] })}
          error={error('commissionType')}
        />
        {rule.commissionType !== 'fixed' && (
          <PercentInput
            label={t('editor.rate')}
            value={rule.rate}
            onChange={(rate) => onChange({ ...rule, rate })}
            error={error('rate')}
          />
        )}
        {rule.commissionType !== 'percent' && (
          <MoneyInput
            label={t('editor.fixed')}
            currency={ctx.currency}
            value={rule.fixed}
            onChange={(e) => onChange({ ...rule, fixed: e.currentTarget.value })}
            error={error('fixed')}
          />
        )}
      </SimpleGrid>
      <ConditionGroup
        group={rule.when}
        path={`${index}.when`}
        depth={1}
        ctx={ctx}
        onChange={(when) => onChange({ ...rule, when })}
      />
    </Stack>
  );
}
