import { Alert, Button, Paper, Radio, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type CreateRegistrationLinkRequest, useCreateRegistrationLink } from './queries/invites';
import { orgProgramOptionsQueryOptions } from '@/features/organizations';
import { GroupPicker } from '@/features/enrollments';
import { InviteError } from './invite-error';

type Values = {
  label: string;
  programId: string;
  /** '' is the program's default group. */
  groupId: string;
  expiresOn: string;
  maxUses: number | string;
  ratePercent: number | string;
  holdDays: number | string;
  approval: 'approve' | 'review';
};

const WHOLE_ORG = '';
const blank = (v: number | string) => v === '' || v === null || v === undefined;

/** The end of the chosen day in the browser's time zone, so "expires on the 5th" includes the 5th. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

export function RegistrationLinkForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation('invites');
  const programs = useQuery(orgProgramOptionsQueryOptions(orgId));
  const create = useCreateRegistrationLink(orgId);
  const form = useForm<Values>({
    // An out-of-range number shows its error as soon as the field is left, not only on submit.
    validateInputOnBlur: true,
    initialValues: {
      label: '',
      programId: WHOLE_ORG,
      groupId: '',
      expiresOn: '',
      maxUses: '',
      ratePercent: '',
      holdDays: '',
      approval: 'approve',
    },
    validate: {
      label: (v) => (v.trim() ? null : t('form.required')),
      maxUses: (v) =>
        blank(v) || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 1_000_000)
          ? null
          : t('form.invalidUses'),
      holdDays: (v) =>
        blank(v) || (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 3_650)
          ? null
          : t('form.invalidDays'),
      ratePercent: (v) => (blank(v) || (Number(v) >= 0 && Number(v) <= 100) ? null : t('form.invalidRate')),
    },
  });
  const submit = form.onSubmit((v) => {
    const body: CreateRegistrationLinkRequest = {
      label: v.label.trim(),
      programId: v.programId || null,
      groupId: v.programId && v.groupId ? v.groupId : null,
      expiresAt: v.expiresOn ? endOfDay(v.expiresOn) : null,
      maxUses: blank(v.maxUses) ? null : Number(v.maxUses),
      // Percent on screen, basis points on the wire: 12.5 % = 1250 bp.
      rateOverrideBps: blank(v.ratePercent) ? null : Math.round(Number(v.ratePercent) * 100),
      holdDaysOverride: blank(v.holdDays) ? null : Number(v.holdDays),
      approval: v.approval,
    };
    create.mutate(body, { onSuccess: () => form.reset() });
  });
  const scopeOptions = [{ value: WHOLE_ORG, label: t('form.wholeOrg') }, ...(programs.data ?? [])];
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h4">
            {t('form.title')}
          </Title>
          {create.isSuccess && (
            <Alert color="teal" variant="light" role="status">
              {t('form.created')}
            </Alert>
          )}
          <InviteError error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('form.label')}
              description={t('form.labelHint')}
              required
              maxLength={200}
              {...form.getInputProps('label')}
            />
            <Select
              label={t('form.scope')}
              data={scopeOptions}
              allowDeselect={false}
              {...form.getInputProps('programId')}
              onChange={(programId) => {
                // A group belongs to one program: a new program starts from its default group.
                form.setFieldValue('programId', programId ?? WHOLE_ORG);
                form.setFieldValue('groupId', '');
              }}
            />
            {form.values.programId && (
              <GroupPicker
                orgId={orgId}
                programId={form.values.programId}
                value={form.values.groupId}
                onChange={(groupId) => form.setFieldValue('groupId', groupId)}
              />
            )}
            <TextInput
              type="date"
              label={t('form.expiresOn')}
              description={t('form.expiresHint')}
              {...form.getInputProps('expiresOn')}
            />
            <ExactNumberInput
              label={t('form.maxUses')}
              description={t('form.maxUsesHint')}
              min={1}
              {...form.getInputProps('maxUses')}
            />
            <ExactNumberInput
              label={t('form.rate')}
              description={t('form.rateHint')}
              min={0}
              max={100}
              decimalScale={2}
              {...form.getInputProps('ratePercent')}
            />
            <ExactNumberInput
              label={t('form.holdDays')}
              description={t('form.holdHint')}
              min={0}
              {...form.getInputProps('holdDays')}
            />
          </SimpleGrid>
          <Radio.Group label={t('form.approval')} {...form.getInputProps('approval')}>
            <Stack gap="xs" mt={6}>
              <Radio value="approve" label={t('form.approve')} />
              <Radio value="review" label={t('form.review')} />
            </Stack>
          </Radio.Group>
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('form.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
