import { ActionIcon, Alert, Button, Fieldset, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from '@/features/enrollments';
import { type LinkFormValues, UTM_KEYS, validateLinkForm } from './link-form-values';

type LinkFormProps = {
  initialValues: LinkFormValues;
  /** Active enrollments with this advertiser: the programs a link may belong to. */
  enrollments: MyEnrollment[];
  /** An existing link stays in its program. */
  lockProgram?: boolean;
  submitLabel: string;
  submitting: boolean;
  /** A translated message of a failed submit, shown above the buttons. */
  submitError?: string | null;
  /** The server refused the slug as taken: shown on that field. */
  slugTaken?: boolean;
  onSubmit: (values: LinkFormValues) => void;
  onCancel: () => void;
};

/** The link builder: program, landing page on the program's domains, UTM fields, custom parameters, short link. */
export function LinkForm(props: LinkFormProps) {
  const { t } = useTranslation('links');
  const domainsOf = (enrollmentId: string) =>
    props.enrollments.find((e) => e.id === enrollmentId)?.program.allowedDomains ?? [];
  const form = useForm<LinkFormValues>({
    initialValues: props.initialValues,
    validate: (values) => {
      const found = validateLinkForm(values, domainsOf(values.enrollmentId));
      return Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(`errors.${key ?? 'name'}`)]));
    },
  });
  const enrollment = props.enrollments.find((e) => e.id === form.values.enrollmentId);
  const landingChoices = enrollment ? [enrollment.program.landingUrl, ...enrollment.program.landingUrls] : [];

  return (
    <form onSubmit={form.onSubmit(props.onSubmit)} noValidate>
      <Stack gap="lg" maw={820}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('form.program')}
              data={props.enrollments.map((e) => ({ value: e.id, label: e.program.name }))}
              disabled={props.lockProgram}
              allowDeselect={false}
              required
              {...form.getInputProps('enrollmentId')}
              onChange={(value) => {
                const next = props.enrollments.find((e) => e.id === value);
                form.setFieldValue('enrollmentId', value ?? '');
                if (next) form.setFieldValue('landingUrl', next.program.landingUrl);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('form.name')}
              description={t('form.nameHint')}
              required
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('form.landingUrl')}
              description={t('form.landingHint', { domains: enrollment?.program.allowedDomains.join(', ') ?? '' })}
              inputMode="url"
              {...form.getInputProps('landingUrl')}
            />
            {landingChoices.length > 1 && (
              <Group gap={6} mt={6}>
                <Text size="xs" c="dimmed">
                  {t('form.landingPages')}
                </Text>
                {landingChoices.map((url) => (
                  <Button
                    key={url}
                    size="compact-xs"
                    variant="light"
                    onClick={() => form.setFieldValue('landingUrl', url)}
                  >
                    {new URL(url).pathname === '/' ? new URL(url).host : new URL(url).pathname}
                  </Button>
                ))}
              </Group>
            )}
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('form.slug')}
              description={t('form.slugHint')}
              autoCapitalize="none"
              {...form.getInputProps('slug')}
              error={props.slugTaken ? t('errors.slugTaken') : form.errors.slug}
            />
          </Grid.Col>
        </Grid>
        <Fieldset legend={t('form.utm')}>
          <Grid gap="md">
            {UTM_KEYS.map((key) => (
              <Grid.Col key={key} span={{ base: 12, sm: 6, md: 4 }}>
                <TextInput label={t(`form.utmFields.${key}`)} {...form.getInputProps(`utm.${key}`)} />
              </Grid.Col>
            ))}
          </Grid>
        </Fieldset>
        <Fieldset legend={t('form.params')}>
          <Stack gap="sm">
            {form.values.params.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('form.noParams')}
              </Text>
            )}
            {form.values.params.map((_, index) => (
              // Rows have no identity beyond their position; keys are edited in place.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('form.paramKey', { number: index + 1 })}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`params.${index}.key`)}
                />
                <TextInput
                  label={t('form.paramValue', { number: index + 1 })}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`params.${index}.value`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  onClick={() => form.removeListItem('params', index)}
                  aria-label={t('form.removeParam', { number: index + 1 })}
                >
                  <span aria-hidden>×</span>
                </ActionIcon>
              </Group>
            ))}
            {form.errors.params && (
              <Text size="sm" c="red">
                {form.errors.params}
              </Text>
            )}
            <div>
              <Button
                variant="light"
                size="xs"
                onClick={() => form.insertListItem('params', { key: '', value: '' })}
                disabled={form.values.params.length >= 20}
              >
                {t('form.addParam')}
              </Button>
            </div>
          </Stack>
        </Fieldset>
        {props.submitError && (
          <Alert color="red" variant="light" role="alert">
            {props.submitError}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={props.submitting}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
