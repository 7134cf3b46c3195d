import { ActionIcon, Button, Card, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_OPTIONS, QUESTION_KINDS, type QuestionKind } from '@domain/application-kinds';
import type { ApplicationQuestion } from './queries/applications';
import { changeKind, nextKey } from './form-values';

type Label = { en: string; ru?: string | null | undefined };

function LabelInputs({
  value,
  onChange,
  readOnly,
  en,
  ru,
}: {
  value: Label;
  onChange: (v: Label) => void;
  readOnly: boolean;
  en: string;
  ru: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={en}
        required
        maxLength={300}
        value={value.en}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, en: e.currentTarget.value })}
      />
      <TextInput
        label={ru}
        maxLength={300}
        value={value.ru ?? ''}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, ru: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}

/** One question of the form: its kind, labels in both languages, whether it is required, and its choices. */
export function QuestionEditor({
  question: q,
  index,
  count,
  readOnly,
  onChange,
  onMove,
  onRemove,
}: {
  question: ApplicationQuestion;
  index: number;
  count: number;
  readOnly: boolean;
  onChange: (q: ApplicationQuestion) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const n = index + 1;
  const options = q.options ?? [];
  const setOption = (i: number, label: Label) =>
    onChange({
      ...q,
      options: options.map((o, j) => (j === i ? { ...o, label: { en: label.en, ru: label.ru ?? null } } : o)),
    });
  return (
    <Card withBorder radius="md" padding="md" component="fieldset" aria-label={t('form.questionN', { n })}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} size="sm">
            {t('form.questionN', { n })}
          </Text>
          {!readOnly && (
            <Group gap={4}>
              <ActionIcon
                variant="subtle"
                disabled={index === 0}
                onClick={() => onMove(-1)}
                aria-label={t('form.moveUp', { n })}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                disabled={index === count - 1}
                onClick={() => onMove(1)}
                aria-label={t('form.moveDown', { n })}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('form.remove', { n })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Group gap="md" wrap="wrap" align="flex-end">
          <Select
            label={t('form.kind')}
            data={QUESTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={q.kind}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(k) => k && onChange(changeKind(q, k as QuestionKind))}
            w={220}
          />
          <Switch
            label={t('form.required')}
            checked={q.required}
            disabled={readOnly}
            onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })}
            mb={8}
          />
        </Group>
        <LabelInputs
          value={q.label}
          onChange={(label) => onChange({ ...q, label: { en: label.en, ru: label.ru ?? null } })}
          readOnly={readOnly}
          en={t('form.labelEn')}
          ru={t('form.labelRu')}
        />
        {options.length > 0 && (
          <Stack gap="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}>
            {options.map((o, i) => (
              <Group key={o.value} align="flex-end" gap="xs" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <LabelInputs
                    value={o.label}
                    onChange={(label) => setOption(i, label)}
                    readOnly={readOnly}
                    en={t('form.optionEn', { n: i + 1 })}
                    ru={t('form.optionRu', { n: i + 1 })}
                  />
                </div>
                {!readOnly && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    disabled={options.length <= 2}
                    onClick={() => onChange({ ...q, options: options.filter((_, j) => j !== i) })}
                    aria-label={t('form.removeOption', { n: i + 1 })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!readOnly && options.length < MAX_OPTIONS && (
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() =>
                  onChange({
                    ...q,
                    options: [
                      ...options,
                      {
                        value: nextKey(
                          'o',
                          options.map((o) => o.value),
                        ),
                        label: { en: '', ru: null },
                      },
                    ],
                  })
                }
              >
                {t('form.addOption')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
