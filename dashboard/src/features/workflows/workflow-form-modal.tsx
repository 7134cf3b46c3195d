import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkflowMetric, WorkflowOp } from '@schema/enums';
import type { Program } from '@/features/programs';
import type { ProgramGroup } from '@/features/enrollments';
import { type ProgramWorkflow, useProgramWorkflows, useSaveProgramWorkflow } from './queries/program-workflows';
import { BacktestPanel } from '@/features/backtest';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';
import { useWorkflowSentence } from './use-workflow-sentence';
import {
  formToWorkflowBody,
  MONEY_METRICS,
  validateWorkflowForm,
  type WorkflowFormValues,
  workflowToForm,
} from './workflow-form-values';

type Props = {
  orgId: string;
  program: Program;
  groups: ProgramGroup[];
  workflow: ProgramWorkflow | null;
  onClose: () => void;
};

/** Creates or edits a workflow: when (a total, a condition, a window, a scope), then what (move, bonus, message). */
export function WorkflowFormModal({ orgId, program, groups, workflow, onClose }: Props) {
  const { t } = useTranslation('workflows');
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveProgramWorkflow(orgId, program.id);
  const sentence = useWorkflowSentence(new Map(groups.map((g) => [g.id, g.name])), program.currency);
  const form = useForm<WorkflowFormValues>({
    validateInputOnBlur: true,
    initialValues: workflowToForm(workflow, program.currency),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateWorkflowForm(values, program.currency)).map(([field, key]) => [
          field,
          t(`form.errors.${key!}`),
        ]),
      ),
  });
  const saved = useProgramWorkflows(orgId, program.id);
  // The program's whole list as it would be after saving: this workflow as edited, the others as saved.
  const proposal = () => {
    const body = form.validate().hasErrors ? null : formToWorkflowBody(form.values, program.currency);
    if (!body || !saved.data) return null;
    const others = saved.data
      .filter((w) => w.id !== workflow?.id)
      .map((w) => ({
        workflowId: w.id,
        name: w.name,
        enabled: w.enabled,
        trigger: w.trigger,
        scopeGroupId: w.scopeGroupId,
        actions: w.actions,
      }));
    return { workflows: [...others, { ...body, ...(workflow ? { workflowId: workflow.id } : {}) }] };
  };
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.name }));
  const money = MONEY_METRICS.includes(form.values.metric);
  const preview = formToWorkflowBody(form.values, program.currency);
  const submit = (values: WorkflowFormValues) => {
    const body = formToWorkflowBody(values, program.currency);
    if (!body) return;
    save.mutate(
      { workflowId: workflow?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notifyDone(t(workflow ? 'form.saved' : 'form.created', { name: saved.name }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={workflow ? t('form.editTitle', { name: workflow.name }) : t('form.newTitle')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(submit)}
        style={{ '--mantine-color-error': 'var(--mantine-color-red-8)' } as CSSProperties}
      >
        <Stack gap="lg">
          <TextInput
            label={t('form.name')}
            description={t('form.nameHint')}
            required
            maxLength={200}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Switch label={t('form.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('form.trigger')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Select
                label={t('form.metric')}
                data={WorkflowMetric.map((value) => ({ value, label: t(`metricNames.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('metric')}
              />
              <Select
                label={t('form.op')}
                data={WorkflowOp.map((value) => ({ value, label: t(`ops.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('op')}
              />
              <TextInput
                label={money ? t('form.valueMoney', { currency: program.currency }) : t('form.value')}
                inputMode={money ? 'decimal' : 'numeric'}
                required
                {...form.getInputProps('value')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Select
                label={t('form.window')}
                data={[
                  { value: 'days', label: t('form.windowDays') },
                  { value: 'lifetime', label: t('form.windowLifetime') },
                ]}
                allowDeselect={false}
                value={form.values.lifetime ? 'lifetime' : 'days'}
                onChange={(value) => form.setFieldValue('lifetime', value === 'lifetime')}
              />
              {!form.values.lifetime && (
                <ExactNumberInput label={t('form.days')} min={1} max={3650} {...form.getInputProps('windowDays')} />
              )}
              <Select
                label={t('form.scope')}
                data={[{ value: '', label: t('form.scopeAll') }, ...groupOptions]}
                allowDeselect={false}
                {...form.getInputProps('scopeGroupId')}
              />
            </SimpleGrid>
          </Stack>
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('form.actions')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('form.move')}
                data={[{ value: '', label: t('form.moveNone') }, ...groupOptions]}
                allowDeselect={false}
                {...form.getInputProps('moveToGroupId')}
              />
              <TextInput
                label={t('form.bonus', { currency: program.currency })}
                description={t('form.bonusHint')}
                inputMode="decimal"
                {...form.getInputProps('bonus')}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('form.messageHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Textarea label={t('form.messageEn')} autosize minRows={2} {...form.getInputProps('messageEn')} />
              <Textarea label={t('form.messageRu')} autosize minRows={2} {...form.getInputProps('messageRu')} />
            </SimpleGrid>
          </Stack>
          {preview && (
            <Alert variant="light" title={t('form.preview')} data-testid="workflow-preview">
              {sentence(preview)}
            </Alert>
          )}
          <BacktestPanel orgId={orgId} programId={program.id} proposal={proposal} />
          <ActionError error={save.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {workflow ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
