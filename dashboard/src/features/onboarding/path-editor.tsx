import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomOnboardingStep, OnboardingStep } from './queries/onboarding';
import { useSetOnboardingPath } from './queries/onboarding';
import { notifyDone } from '@/lib/notify-done';
import { ErrorMessage } from '@/ui/error-message';
import { useStepText } from './use-step-text';

const MAX_CUSTOM = 10;
const isHttps = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};
/** A stable id for a new step of the advertiser's own: what affiliates tick is kept under it. */
const newId = () => `step-${crypto.randomUUID().slice(0, 8)}`;

function CustomFields({
  step,
  onChange,
  disabled,
}: {
  step: CustomOnboardingStep;
  onChange: (next: CustomOnboardingStep) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('onboarding');
  const description = step.description ?? { en: '', ru: null };
  return (
    <Stack gap="xs" mt="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          label={t('editor.titleEn')}
          required
          maxLength={120}
          value={step.title.en}
          disabled={disabled}
          error={step.title.en.trim() ? undefined : t('editor.titleRequired')}
          onChange={(e) => onChange({ ...step, title: { ...step.title, en: e.currentTarget.value } })}
        />
        <TextInput
          label={t('editor.titleRu')}
          maxLength={120}
          value={step.title.ru ?? ''}
          disabled={disabled}
          onChange={(e) => onChange({ ...step, title: { ...step.title, ru: e.currentTarget.value || null } })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Textarea
          label={t('editor.descriptionEn')}
          autosize
          minRows={2}
          maxLength={1000}
          value={description.en}
          disabled={disabled}
          onChange={(e) => onChange({ ...step, description: { ...description, en: e.currentTarget.value } })}
        />
        <Textarea
          label={t('editor.descriptionRu')}
          autosize
          minRows={2}
          maxLength={1000}
          value={description.ru ?? ''}
          disabled={disabled}
          onChange={(e) => onChange({ ...step, description: { ...description, ru: e.currentTarget.value || null } })}
        />
      </SimpleGrid>
      <TextInput
        label={t('editor.url')}
        description={t('editor.urlHint')}
        type="url"
        maxLength={2048}
        value={step.url ?? ''}
        disabled={disabled}
        error={step.url && !isHttps(step.url) ? t('editor.urlInvalid') : undefined}
        onChange={(e) => onChange({ ...step, url: e.currentTarget.value || null })}
      />
    </Stack>
  );
}

/** What the API takes: a custom step's empty description is none at all. */
function cleaned(steps: OnboardingStep[]): OnboardingStep[] {
  return steps.map((s) =>
    s.kind === 'custom' && s.description && !s.description.en.trim() && !s.description.ru?.trim()
      ? { ...s, description: null }
      : s,
  );
}

/** The advertiser's editor of a program's path: order, on or off, and steps of its own in English and Russian. */
export function PathEditor({
  orgId,
  programId,
  initial,
  isDefault,
  canEdit,
}: {
  orgId: string;
  programId: string;
  initial: OnboardingStep[];
  isDefault: boolean;
  canEdit: boolean;
}) {
  const { t } = useTranslation('onboarding');
  const text = useStepText();
  const save = useSetOnboardingPath(orgId, programId);
  const [steps, setSteps] = useState(initial);
  const customCount = steps.filter((s) => s.kind === 'custom').length;
  const invalid =
    !steps.some((s) => s.enabled) ||
    steps.some((s) => s.kind === 'custom' && (!s.title.en.trim() || (s.url !== null && !isHttps(s.url))));

  const move = (index: number, by: -1 | 1) =>
    setSteps((list) => {
      const next = [...list];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const replace = (index: number, step: OnboardingStep) =>
    setSteps((list) => list.map((s, i) => (i === index ? step : s)));

  return (
    <Stack gap="sm">
      {isDefault && (
        <Text size="sm" c="dimmed">
          {t('editor.isDefault')}
        </Text>
      )}
      {steps.map((step, index) => {
        const title = text(step).title || t('editor.newStep');
        return (
          <Paper key={step.id} withBorder radius="md" p="sm" data-testid={`path-step-${step.id}`}>
            <Group justify="space-between" gap="xs" wrap="wrap" align="center">
              <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {index + 1}. {title}
                </Text>
                <Badge variant="light" color={step.kind === 'custom' ? 'violet' : 'gray'} size="sm">
                  {step.kind === 'custom' ? t('editor.custom') : t('editor.builtIn')}
                </Badge>
              </Group>
              <Group gap={4} wrap="nowrap">
                <Switch
                  label={t('editor.enabled')}
                  checked={step.enabled}
                  disabled={!canEdit}
                  onChange={(e) => replace(index, { ...step, enabled: e.currentTarget.checked })}
                  aria-label={`${t('editor.enabled')}: ${title}`}
                />
                {canEdit && (
                  <>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('editor.moveUp', { step: title })}
                    >
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === steps.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('editor.moveDown', { step: title })}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                    {step.kind === 'custom' && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setSteps((list) => list.filter((_, i) => i !== index))}
                        aria-label={t('editor.remove', { step: title })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </>
                )}
              </Group>
            </Group>
            {step.kind === 'custom' ? (
              <CustomFields step={step} disabled={!canEdit} onChange={(next) => replace(index, next)} />
            ) : (
              <Text size="sm" c="dimmed">
                {text(step).description}
              </Text>
            )}
          </Paper>
        );
      })}
      {!steps.some((s) => s.enabled) && <Alert color="red">{t('editor.noneOn')}</Alert>}
      {save.isError && <ErrorMessage error={save.error} />}
      {canEdit && (
        <Group gap="sm" wrap="wrap">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={customCount >= MAX_CUSTOM}
            title={customCount >= MAX_CUSTOM ? t('editor.maxCustom', { count: MAX_CUSTOM }) : undefined}
            onClick={() =>
              setSteps((list) => [
                ...list,
                {
                  id: newId(),
                  kind: 'custom',
                  enabled: true,
                  title: { en: '', ru: null },
                  description: null,
                  url: null,
                },
              ])
            }
          >
            {t('editor.add')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={invalid}
            onClick={() =>
              save.mutate(cleaned(steps), {
                onSuccess: (saved) => {
                  setSteps(saved.steps);
                  notifyDone(t('editor.saved'));
                },
              })
            }
          >
            {t('editor.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
