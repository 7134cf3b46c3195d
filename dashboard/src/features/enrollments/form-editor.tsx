import { Button, Group, Menu, Select, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTIONS, QUESTION_KINDS, type QuestionKind } from '@domain/application-kinds';
import { type ApplicationQuestion, type ApplicationSettings, useSaveApplicationForm } from './queries/applications';
import { ErrorMessage } from '@/ui/error-message';
import { notifyDone } from '@/lib/notify-done';
import { cleanQuestions, move, newQuestion } from './form-values';
import { QuestionEditor } from './question-editor';
import { SettingsSection } from './settings-section';

const PROGRAM = 'program';

function QuestionsEditor({
  orgId,
  settings,
  groupId,
  initial,
  canEdit,
}: {
  orgId: string;
  settings: ApplicationSettings;
  /** null: the program's form. */
  groupId: string | null;
  /** The saved form; null: the group asks the program's. */
  initial: ApplicationQuestion[] | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const save = useSaveApplicationForm(orgId, settings.programId);
  const [own, setOwn] = useState(initial !== null);
  const [questions, setQuestions] = useState<ApplicationQuestion[]>(initial ?? []);
  const editing = groupId === null || own;
  const update = (i: number, q: ApplicationQuestion) => setQuestions((qs) => qs.map((x, j) => (j === i ? q : x)));
  const add = (kind: QuestionKind) =>
    setQuestions((qs) => [
      ...qs,
      newQuestion(
        kind,
        qs.map((q) => q.id),
      ),
    ]);
  const onSave = () =>
    save.mutate(
      { groupId, questions: editing ? cleanQuestions(questions) : null },
      { onSuccess: () => notifyDone(t('form.saved')) },
    );
  return (
    <Stack gap="sm">
      {groupId !== null && (
        <Switch
          label={t('form.ownForm')}
          description={t('form.ownFormHint')}
          checked={own}
          disabled={!canEdit}
          onChange={(e) => setOwn(e.currentTarget.checked)}
        />
      )}
      {editing && questions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.empty')}
        </Text>
      )}
      {editing &&
        questions.map((q, i) => (
          <QuestionEditor
            key={q.id}
            question={q}
            index={i}
            count={questions.length}
            readOnly={!canEdit}
            onChange={(next) => update(i, next)}
            onMove={(by) => setQuestions((qs) => move(qs, i, by))}
            onRemove={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
          />
        ))}
      {save.error && <ErrorMessage error={save.error} />}
      {canEdit && (
        <Group justify="space-between" wrap="wrap" gap="sm">
          {editing && questions.length < MAX_QUESTIONS ? (
            <Menu position="bottom-start">
              <Menu.Target>
                <Button variant="subtle" leftSection={<IconPlus size={16} />}>
                  {t('form.add')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {QUESTION_KINDS.map((k) => (
                  <Menu.Item key={k} onClick={() => add(k)}>
                    {t(`kinds.${k}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : (
            <span />
          )}
          {/* Secondary: the tab's one filled button is publishing the terms, the step applicants are bound by. */}
          <Button variant="default" onClick={onSave} loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * The "Application form" section: the program's questions, or a partner group's own form, which replaces
 * the program's for the group's applicants (marketplace applications join the default group).
 */
export function FormEditor({
  orgId,
  settings,
  canEdit,
}: {
  orgId: string;
  settings: ApplicationSettings;
  canEdit: boolean;
}) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const [target, setTarget] = useState(PROGRAM);
  const group = settings.groups.find((g) => g.id === target);
  return (
    <SettingsSection title={t('form.title')} hint={t('form.hint')}>
      {settings.groups.length > 1 && (
        <Select
          label={t('form.for')}
          data={[
            { value: PROGRAM, label: t('form.forProgram') },
            ...settings.groups.map((g) => ({
              value: g.id,
              label: g.isDefault ? t('form.forDefaultGroup', { name: g.name }) : t('form.forGroup', { name: g.name }),
            })),
          ]}
          value={target}
          allowDeselect={false}
          onChange={(v) => v && setTarget(v)}
          maw={360}
        />
      )}
      <QuestionsEditor
        // A new target or a saved form starts the editor again from what the server holds.
        key={`${target}-${JSON.stringify(group ? group.questions : settings.questions)}`}
        orgId={orgId}
        settings={settings}
        groupId={group ? group.id : null}
        initial={group ? group.questions : settings.questions}
        canEdit={canEdit}
      />
    </SettingsSection>
  );
}
