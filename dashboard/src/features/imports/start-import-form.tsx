import {
  ActionIcon,
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { ImportCsvFormat, ImportSource } from '@schema/enums';
import { IconFileTypeCsv, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orgProgramOptionsQueryOptions } from '@/features/organizations';
import { type ImportJob, useStartImport } from './queries/org-imports';
import { ErrorState } from '@/ui/error-state';
import {
  FILE_KINDS,
  fixedParamOf,
  formToCreateImport,
  type ImportFileKind,
  type ImportFormValues,
  initialImportValues,
  isReferralParam,
  isSourceKey,
  MAX_FILE_BYTES,
} from './import-form-values';
import { SectionCard } from '@/ui/section-card';

/**
 * Starts an import's dry run: the source (CSV files in our layout or another product's exports, or a
 * product's API with its key), the target program and campaign mapping, welcome emails and the link
 * parameter. The choices come from the API's lists, so a source the API adds shows up here.
 */
export function StartImportForm({
  orgId,
  onStarted,
  secondary,
}: {
  orgId: string;
  onStarted: (job: ImportJob) => void;
  /** Another import waits for its run, whose button is the page's one filled button. */
  secondary: boolean;
}) {
  const { t } = useTranslation('orgsetup', { keyPrefix: 'imports' });
  const programs = useQuery(orgProgramOptionsQueryOptions(orgId));
  const start = useStartImport(orgId);
  const form = useForm<ImportFormValues>({
    initialValues: initialImportValues(),
    validate: {
      programId: (v) => (v ? null : t('form.required')),
      token: (v, values) => (values.source !== 'csv' && v.trim().length < 8 ? t('form.required') : null),
      referralParam: (v, values) =>
        fixedParamOf(values) === null && !isReferralParam(v.trim()) ? t('form.paramInvalid') : null,
      sourceKey: (v, values) =>
        values.source === 'csv' && values.format === 'ours' && !isSourceKey(v.trim())
          ? t('form.sourceKeyInvalid')
          : null,
      files: {
        affiliates: (file, values) =>
          values.source !== 'csv' ? null : !file ? t('form.required') : tooLarge(file) ? t('form.fileTooLarge') : null,
        customers: (file) => (file && tooLarge(file) ? t('form.fileTooLarge') : null),
        commissions: (file) => (file && tooLarge(file) ? t('form.fileTooLarge') : null),
      },
    },
  });
  const { values } = form;
  const isCsv = values.source === 'csv';
  const fixedParam = fixedParamOf(values);
  const programOptions = programs.data ?? [];
  const submit = form.onSubmit(async (v) => {
    const texts: Partial<Record<ImportFileKind, string>> = {};
    if (v.source === 'csv') for (const kind of FILE_KINDS) if (v.files[kind]) texts[kind] = await v.files[kind].text();
    start.mutate(formToCreateImport(v, texts), {
      onSuccess: (job) => {
        form.setValues({ ...initialImportValues(), programId: v.programId });
        onStarted(job);
      },
    });
  });
  const sourceLabel = (s: ImportSource) => (s === 'csv' ? t('sources.csv') : t(`sourceApi.${s}`));
  return (
    <SectionCard title={t('form.title')} id="start-import">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={640}>
          {start.isError && <ErrorState error={start.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('form.source')}
              data={ImportSource.map((s) => ({ value: s, label: sourceLabel(s) }))}
              {...form.getInputProps('source')}
            />
            {isCsv && (
              <NativeSelect
                label={t('form.format')}
                data={ImportCsvFormat.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
                {...form.getInputProps('format')}
              />
            )}
          </SimpleGrid>
          {isCsv ? (
            FILE_KINDS.map((kind) => (
              <FileInput
                key={kind}
                label={t(`files.${kind}`)}
                description={t(`files.${values.format}.${kind}`)}
                accept=".csv,text/csv"
                clearable
                required={kind === 'affiliates'}
                leftSection={<IconFileTypeCsv size={18} aria-hidden />}
                data-testid={`import-file-${kind}`}
                {...form.getInputProps(`files.${kind}`)}
              />
            ))
          ) : (
            <PasswordInput
              label={t('form.token')}
              description={t('form.tokenHint')}
              required
              autoComplete="off"
              {...form.getInputProps('token')}
            />
          )}
          {programs.isError ? (
            <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
          ) : programs.isSuccess && programOptions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('form.noPrograms')}
            </Text>
          ) : (
            <NativeSelect
              label={t('form.program')}
              description={t('form.programHint')}
              required
              data={[{ value: '', label: '—' }, ...programOptions]}
              {...form.getInputProps('programId')}
              value={values.programId ?? ''}
              onChange={(e) => form.setFieldValue('programId', e.currentTarget.value || null)}
            />
          )}
          <CampaignRows form={form} programOptions={programOptions} />
          {fixedParam ? (
            <Text size="sm" c="dimmed">
              {t('form.fixedParam', { param: fixedParam })}
            </Text>
          ) : (
            <TextInput
              label={t('form.referralParam')}
              description={t('form.referralParamHint')}
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps('referralParam')}
            />
          )}
          {isCsv && values.format === 'ours' && (
            <TextInput
              label={t('form.sourceKey')}
              description={t('form.sourceKeyHint')}
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps('sourceKey')}
            />
          )}
          <Checkbox
            label={t('form.sendWelcome')}
            description={t('form.sendWelcomeHint')}
            {...form.getInputProps('sendWelcome', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={start.isPending} variant={secondary ? 'default' : 'filled'}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

const tooLarge = (file: File) => file.size > MAX_FILE_BYTES;

type FormApi = UseFormReturnType<ImportFormValues>;

/** The optional mapping of the source's campaigns (Tolt: groups) to programs, one row each. */
function CampaignRows({ form, programOptions }: { form: FormApi; programOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation('orgsetup', { keyPrefix: 'imports' });
  const rows = form.values.campaigns;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        {t('form.campaigns')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('form.campaignsHint')}
      </Text>
      {rows.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; removal re-keys the rest, which holds no state
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('form.campaign')}
            style={{ flex: '1 1 180px' }}
            autoComplete="off"
            {...form.getInputProps(`campaigns.${i}.campaign`)}
          />
          <NativeSelect
            label={t('form.campaignProgram')}
            style={{ flex: '1 1 180px' }}
            data={[{ value: '', label: '—' }, ...programOptions]}
            value={rows[i]!.programId ?? ''}
            onChange={(e) => form.setFieldValue(`campaigns.${i}.programId`, e.currentTarget.value || null)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('form.removeCampaign')}
            onClick={() => form.removeListItem('campaigns', i)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('campaigns', { campaign: '', programId: null })}
        >
          {t('form.addCampaign')}
        </Button>
      </Group>
    </Stack>
  );
}
