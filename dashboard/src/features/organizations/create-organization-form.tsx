import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flagUnless, isOrganizationName } from '@/lib/forms/account-rules';
import { useCreateOrganization } from './queries/organizations';
import { ErrorState } from '@/ui/error-state';

/** Creates an advertiser organization (the user becomes its owner) and opens its console. */
export function CreateOrganizationForm() {
  const { t } = useTranslation('org');
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const form = useForm({ initialValues: { name: '' }, validate: { name: flagUnless(isOrganizationName) } });
  const submit = form.onSubmit(({ name }) =>
    create.mutate(
      { name: name.trim() },
      { onSuccess: (organization) => void navigate({ to: '/orgs/$orgId', params: { orgId: organization.id } }) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && <ErrorState error={create.error} />}
        <TextInput
          label={t('create.name')}
          description={t('create.nameHint')}
          autoComplete="organization"
          required
          {...form.getInputProps('name')}
          error={form.errors.name ? t('create.nameInvalid') : undefined}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
