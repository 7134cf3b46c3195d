import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { isNewPassword } from '@/lib/forms/account-rules';
import { useIdentities } from './queries/identities';
import { useChangePassword } from './queries/password';
import { sessionKeys } from './queries/sessions';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * Changes the password, or, for an account made through Google or GitHub that has none yet, sets a first
 * one: then there is no current password to ask for.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const methods = useIdentities();
  const firstPassword = methods.data?.hasPassword === false;
  const queryClient = useQueryClient();
  const change = useChangePassword();
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (firstPassword || value.length > 0 ? null : true),
      newPassword: (value) => (isNewPassword(value) ? null : true),
      confirmPassword: (value, values) => (value === values.newPassword ? null : true),
    },
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(firstPassword ? { newPassword } : { currentPassword, newPassword }, {
      onSuccess: () => {
        form.reset();
        void queryClient.invalidateQueries({ queryKey: ['me', 'identities'] });
        // The API ended every other session.
        void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
        notifyDone(t(firstPassword ? 'security.password.set' : 'security.password.changed'));
      },
    }),
  );
  const error = change.error instanceof ApiError ? change.error : null;
  const wrong = error?.code === 'bad_request';
  const tooMany = error?.status === 429;
  const toggle = { 'aria-label': t('security.password.toggle') };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {change.isError && !wrong && !tooMany && <ErrorState error={change.error} />}
        {firstPassword && (
          <Text size="sm" c="dimmed">
            {t('security.password.firstHint')}
          </Text>
        )}
        {!firstPassword && (
          <PasswordInput
            label={t('security.password.current')}
            autoComplete="current-password"
            visibilityToggleButtonProps={toggle}
            required
            {...form.getInputProps('currentPassword')}
            error={
              form.errors.currentPassword
                ? t('security.password.currentRequired')
                : wrong
                  ? t('security.password.wrongCurrent')
                  : tooMany
                    ? t('security.password.tooMany')
                    : undefined
            }
          />
        )}
        <PasswordInput
          label={t('security.password.new')}
          description={t('security.password.rules')}
          autoComplete="new-password"
          visibilityToggleButtonProps={toggle}
          required
          {...form.getInputProps('newPassword')}
          error={form.errors.newPassword ? t('security.password.tooShort') : undefined}
        />
        <PasswordInput
          label={t('security.password.confirm')}
          autoComplete="new-password"
          visibilityToggleButtonProps={toggle}
          required
          {...form.getInputProps('confirmPassword')}
          error={form.errors.confirmPassword ? t('security.password.differ') : undefined}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t(firstPassword ? 'security.password.submitFirst' : 'security.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
