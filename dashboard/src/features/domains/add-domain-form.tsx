import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { type AddCustomDomain, useAddDomain } from './queries/org-domains';
import { DomainError } from './domain-error';
import { SectionCard } from '@/ui/section-card';

type Purpose = AddCustomDomain['purpose'];
const PURPOSES: Purpose[] = ['tracking', 'portal', 'both'];
// What the API accepts, checked here only for shape; the API decides what is ours or reserved.
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i;
// Refusals about the hostname itself: shown under the field, where the fix is typed.
const FIELD_CODES = ['hostname_is_apex', 'hostname_not_allowed', 'domain_taken'] as const;
type FieldCode = (typeof FIELD_CODES)[number];
const fieldError = (error: unknown): FieldCode | null =>
  error instanceof ApiError && (FIELD_CODES as readonly string[]).includes(error.code)
    ? (error.code as FieldCode)
    : null;

/** Adds a hostname; the answer lists the DNS records to add, shown in the list below. */
export function AddDomainForm({ orgId, onAdded }: { orgId: string; onAdded: (hostname: string) => void }) {
  const { t } = useTranslation('domains');
  const add = useAddDomain(orgId);
  const form = useForm<{ hostname: string; purpose: Purpose }>({
    initialValues: { hostname: '', purpose: 'tracking' },
    validate: { hostname: (v) => (HOSTNAME.test(v.trim()) ? null : t('form.hostnameInvalid')) },
  });
  const submit = form.onSubmit((values) =>
    add.mutate(
      { hostname: values.hostname.trim(), purpose: values.purpose },
      {
        onSuccess: (domain) => {
          form.reset();
          onAdded(domain.hostname);
        },
        onError: (error) => {
          const code = fieldError(error);
          const hostname = values.hostname.trim().toLowerCase().replace(/\.$/, '');
          if (code) form.setFieldError('hostname', t(`errors.${code}`, { hostname }));
        },
      },
    ),
  );
  return (
    <SectionCard title={t('form.title')} id="add-domain-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={560}>
          {add.isError && !fieldError(add.error) && <DomainError error={add.error} />}
          <TextInput
            label={t('form.hostname')}
            description={t('form.hostnameHint')}
            placeholder={t('form.hostnamePlaceholder')}
            required
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('hostname')}
          />
          <Radio.Group label={t('form.purpose')} {...form.getInputProps('purpose')}>
            <Stack gap="sm" mt="xs">
              {PURPOSES.map((p) => (
                <Radio key={p} value={p} label={t(`purpose.${p}`)} description={t(`purposeHint.${p}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
