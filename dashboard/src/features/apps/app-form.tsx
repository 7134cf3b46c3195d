import { Button, Group, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isEmbedOrigin } from '@domain/embed-origin';
import { httpsHost, isDomainEntry, landingUrlIssue } from '@domain/program-rules';
import type { CreateApp, OrgApp, UpdateApp } from './queries/org-apps';
import { ErrorState } from '@/ui/error-state';

type Values = {
  name: string;
  siteUrl: string;
  allowedDomains: string[];
  embedOrigins: string[];
  status: OrgApp['status'];
};

type AppFormProps = {
  app?: OrgApp;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: CreateApp & UpdateApp) => void;
};

const NAME_MAX = 200;

/**
 * An app's name, site, the domains its tracking links may redirect to and the origins that may frame its
 * embedded referral dashboard. The checks are the API's own domain
 * rules (workers/domain/program-rules), so the form flags a site outside its domains before a round trip.
 */
export function AppForm({ app, submitLabel, pending, error, onSubmit }: AppFormProps) {
  const { t } = useTranslation('orgsetup');
  const form = useForm<Values>({
    initialValues: {
      name: app?.name ?? '',
      siteUrl: app?.siteUrl ?? '',
      allowedDomains: app?.allowedDomains ?? [],
      embedOrigins: app?.embedOrigins ?? [],
      status: app?.status ?? 'active',
    },
    validate: {
      name: (value) =>
        value.trim().length === 0 || value.trim().length > NAME_MAX ? t('apps.form.nameInvalid') : null,
      siteUrl: (value, values) => {
        if (httpsHost(value.trim()) === null) return t('apps.form.siteInvalid');
        const domains = values.allowedDomains.length > 0 ? values.allowedDomains : [httpsHost(value.trim()) ?? ''];
        return landingUrlIssue(value.trim(), domains) ? t('apps.form.siteOutside') : null;
      },
      allowedDomains: (value) =>
        value.every((d) => isDomainEntry(d.toLowerCase())) ? null : t('apps.form.domainsInvalid'),
      embedOrigins: (value) =>
        value.length <= 10 && value.every(isEmbedOrigin) ? null : t('apps.form.embedOriginsInvalid'),
    },
  });
  const submit = form.onSubmit((values) =>
    onSubmit({
      name: values.name.trim(),
      siteUrl: values.siteUrl.trim(),
      ...(values.allowedDomains.length > 0 || app
        ? { allowedDomains: values.allowedDomains.map((d) => d.toLowerCase()) }
        : {}),
      // Creating an app takes no embed origins: they are set on the app's page once it exists.
      ...(app ? { embedOrigins: values.embedOrigins, status: values.status } : {}),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        {error !== null && error !== undefined && <ErrorState error={error} />}
        <TextInput label={t('apps.form.name')} required {...form.getInputProps('name')} />
        <TextInput
          label={t('apps.form.siteUrl')}
          description={t('apps.form.siteUrlHint')}
          required
          type="url"
          {...form.getInputProps('siteUrl')}
        />
        <TagsInput
          label={t('apps.form.allowedDomains')}
          description={t('apps.form.allowedDomainsHint')}
          splitChars={[',', ' ']}
          {...form.getInputProps('allowedDomains')}
        />
        {app && (
          <TagsInput
            label={t('apps.form.embedOrigins')}
            description={t('apps.form.embedOriginsHint')}
            splitChars={[',', ' ']}
            {...form.getInputProps('embedOrigins')}
          />
        )}
        {app && (
          <Select
            label={t('apps.form.status')}
            data={(['active', 'disabled', 'archived'] as const).map((s) => ({
              value: s,
              label: t(`apps.status.${s}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
