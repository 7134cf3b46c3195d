import {
  Button,
  ColorSwatch,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupColor } from '@schema/enums';
import type { Program } from '@/features/programs';
import { type ProgramGroup, useCreateProgramGroup, useUpdateProgramGroup } from './queries/program-groups';
import { BacktestPanel } from '@/features/backtest';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';
import { formToGroupBody, type GroupFormValues, groupToForm, validateGroupForm } from './group-form-values';
import { GroupDiscountField } from './group-discount-field';
import { GroupTermsFields } from './group-terms-fields';
import { RuleEditor } from './rule-editor/rule-editor';
import { useRewardRules } from './rule-editor/use-reward-rules';
import { SpendLimitsField } from './spend-limits-field';

const swatch = (color: string) => <ColorSwatch color={`var(--mantine-color-${color}-6)`} size={14} aria-hidden />;

/** Creates a group, or edits one (`group` set): name, colour, description and the terms it sets. */
export function GroupFormModal({
  orgId,
  program,
  group,
  onClose,
}: {
  orgId: string;
  program: Program;
  group: ProgramGroup | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('groups');
  const phone = useMediaQuery('(max-width: 36em)');
  const create = useCreateProgramGroup(orgId, program.id);
  const update = useUpdateProgramGroup(orgId, program.id);
  const form = useForm<GroupFormValues>({
    validateInputOnBlur: true,
    initialValues: groupToForm(group, program),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateGroupForm(values, program)).map(([field, key]) => [field, t(`form.errors.${key}`)]),
      ),
  });
  const rules = useRewardRules(group, program);
  const done = (saved: ProgramGroup) => {
    notifyDone(t(group ? 'form.saved' : 'form.created', { name: saved.name }));
    onClose();
  };
  const submit = (values: GroupFormValues) => {
    if (!rules.check()) return;
    const body = { ...formToGroupBody(values, program), rewardRules: rules.body() };
    const handlers = { onSuccess: done, onError: rules.showServerErrors };
    if (group) update.mutate({ groupId: group.id, changes: body }, handlers);
    else create.mutate(body, handlers);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={group ? t('form.editTitle', { name: group.name }) : t('form.newTitle')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(submit, () => rules.check())}
        style={{ '--mantine-color-error': 'var(--mantine-color-red-8)' } as CSSProperties}
      >
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('form.name')} required maxLength={200} data-autofocus {...form.getInputProps('name')} />
            <Select
              label={t('form.color')}
              data={GroupColor.map((value) => ({ value, label: t(`colors.${value}`) }))}
              allowDeselect={false}
              leftSection={swatch(form.values.color)}
              renderOption={({ option }) => (
                <Group gap="xs" wrap="nowrap">
                  {swatch(option.value)}
                  {option.label}
                </Group>
              )}
              {...form.getInputProps('color')}
            />
          </SimpleGrid>
          <Textarea
            label={t('form.description')}
            description={t('form.descriptionHint')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('form.terms')}
            </Title>
            <GroupTermsFields form={form} program={program} />
          </Stack>
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('discount.title')}
            </Title>
            <GroupDiscountField form={form} program={program} />
          </Stack>
          <RuleEditor orgId={orgId} program={program} state={rules} />
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('limits.title')}
            </Title>
            <SpendLimitsField form={form} program={program} />
          </Stack>
          {group && (
            <BacktestPanel
              orgId={orgId}
              programId={program.id}
              proposal={() => {
                // Both checks run, so every error shows at once; the rules and limits go as edited, unsaved.
                const formOk = !form.validate().hasErrors;
                const rulesOk = rules.check();
                return formOk && rulesOk
                  ? {
                      groups: [
                        { ...formToGroupBody(form.values, program), rewardRules: rules.body(), groupId: group.id },
                      ],
                    }
                  : null;
              }}
            />
          )}
          <ActionError error={create.error ?? update.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {group ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
