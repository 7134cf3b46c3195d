import { Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/ru';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { BountyMetric } from '@schema/enums';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { type Bounty, useSaveBounty } from './queries/bounties';
import { useProgramGroups } from '@/features/enrollments';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';
import { type BountyFormValues, bountyToForm, formToBountyBody, validateBountyForm } from './bounty-form-values';

type Props = {
  orgId: string;
  /** The program whose tab it is: the bounty's, fixed. */
  program: { id: string; currency: string };
  bounty: Bounty | null;
  onClose: () => void;
};

/** Creates or edits a bounty: for whom (program, group or tag), what (a target or a submission), when, and the prize. */
export function BountyFormModal({ orgId, program, bounty, onClose }: Props) {
  const { t, i18n } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveBounty(orgId);
  const form = useForm<BountyFormValues>({
    validateInputOnBlur: true,
    initialValues: bountyToForm(bounty, { programId: program.id, now: new Date() }),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateBountyForm(values, program.currency)).map(([field, key]) => [
          field,
          t(`form.errors.${key!}`),
        ]),
      ),
  });
  const currency = program.currency;
  const groups = useProgramGroups(orgId, program.id);
  const performance = form.values.kind === 'performance';
  const submit = (values: BountyFormValues) => {
    const body = formToBountyBody(values, currency);
    if (!body) return;
    const { programId: _program, kind: _kind, ...changes } = body;
    save.mutate(bounty ? { bountyId: bounty.id, body: changes } : { bountyId: null, body }, {
      onSuccess: (saved) => {
        notifyDone(t(bounty ? 'form.saved' : 'form.created', { name: saved.name }));
        onClose();
      },
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={bounty ? t('form.editTitle', { name: bounty.name }) : t('form.newTitle')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === 'ru' ? 1 : 0 }}>
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
            <Textarea
              label={t('form.description')}
              description={t('form.descriptionHint')}
              autosize
              minRows={2}
              maxLength={5000}
              {...form.getInputProps('description')}
            />
            <Radio.Group
              label={t('form.kind')}
              description={bounty ? t('form.fixedHint') : undefined}
              {...form.getInputProps('kind')}
            >
              <Group mt="xs" gap="lg">
                <Radio value="submission" label={t('kinds.submission')} disabled={Boolean(bounty)} />
                <Radio value="performance" label={t('kinds.performance')} disabled={Boolean(bounty)} />
              </Group>
            </Radio.Group>
            {performance && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('form.metric')}
                  data={BountyMetric.map((value) => ({ value, label: t(`metrics.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('metric')}
                />
                <TextInput
                  label={form.values.metric === 'sale_amount' ? t('form.targetMoney', { currency }) : t('form.target')}
                  inputMode={form.values.metric === 'sale_amount' ? 'decimal' : 'numeric'}
                  required
                  {...form.getInputProps('target')}
                />
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('form.bonus', { currency })}
                description={t('form.bonusHint')}
                inputMode="decimal"
                required
                {...form.getInputProps('bonus')}
              />
              <TextInput
                label={t('form.maxWinners')}
                description={t('form.maxWinnersHint')}
                inputMode="numeric"
                {...form.getInputProps('maxWinners')}
              />
              <DatePickerInput
                type="range"
                label={t('form.days')}
                description={t('form.daysHint')}
                required
                allowSingleDateInRange
                valueFormat="D MMM YYYY"
                value={[form.values.startDay || null, form.values.endDay || null]}
                onChange={([from, to]) => {
                  form.setFieldValue('startDay', from ?? '');
                  form.setFieldValue('endDay', to ?? '');
                }}
                error={form.errors.endDay}
              />
            </SimpleGrid>
            <Stack gap="xs">
              <Title order={3} fz="h5">
                {t('form.scope')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('form.scopeKind')}
                  data={(['all', 'group', 'tag'] as const).map((value) => ({
                    value,
                    label: t(`form.scopes.${value}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps('scope')}
                />
                {form.values.scope === 'group' && (
                  <Select
                    label={t('form.group')}
                    data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
                    allowDeselect={false}
                    {...form.getInputProps('groupId')}
                  />
                )}
                {form.values.scope === 'tag' && (
                  <TextInput
                    label={t('form.tag')}
                    description={t('form.tagHint')}
                    maxLength={40}
                    {...form.getInputProps('tag')}
                  />
                )}
              </SimpleGrid>
            </Stack>
            <ActionError error={save.error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {bounty ? t('form.save') : t('form.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </DatesProvider>
    </Modal>
  );
}
