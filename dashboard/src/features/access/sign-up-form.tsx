import { Button, Group, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import type { components } from '@/lib/api/schema.gen';
import {
  flagUnless,
  isNewPassword,
  isOptionalName,
  isOrganizationName,
  isValidEmail,
  optionalText,
} from '@/lib/forms/account-rules';
import { isLanguage } from '@/lib/i18n/languages';
import { portal } from '@/lib/portal/portal';
import { useSignUp } from './queries/registration';
import { ErrorState } from '@/ui/error-state';
import { NameInputs } from './name-inputs';
import { OutcomeAlert } from './outcome-alert';

type SignUpRequest = components['schemas']['SignUpRequest'];
type AccountType = SignUpRequest['accountType'];
type Values = {
  accountType: AccountType;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  organizationName: string;
};

const ACCOUNT_TYPES: AccountType[] = ['affiliate', 'advertiser'];

type SignUpFormProps = {
  onSignedUp: (email: string) => void;
  /** From a recruit link: sent with an affiliate sign-up so the inviting affiliate becomes the upline. */
  recruitCode?: string | undefined;
  /** Signing up through an invite link (/join/$code): an affiliate account, enrolled once the email is verified. */
  joinCode?: string;
};

// In a chunk of its own, as on the login page.
const ProviderButtons = lazy(() =>
  import('./provider-buttons').then((module) => ({ default: module.ProviderButtons })),
);

export function SignUpForm({ onSignedUp, recruitCode, joinCode }: SignUpFormProps) {
  const { t, i18n } = useTranslation('access');
  const signUp = useSignUp();
  // An advertiser's white-label portal signs up its affiliates only: no account type to choose there.
  const onPortal = portal().kind === 'organization';
  // The account's emails and, after login, the dashboard speak the language the visitor chose here.
  const locale = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : undefined;
  const toBody = (values: Values): SignUpRequest => ({
    accountType: values.accountType,
    email: values.email.trim(),
    password: values.password,
    firstName: optionalText(values.firstName),
    lastName: optionalText(values.lastName),
    organizationName: values.accountType === 'advertiser' ? optionalText(values.organizationName) : undefined,
    locale,
    recruitCode: values.accountType === 'affiliate' ? recruitCode : undefined,
    joinCode,
  });
  const form = useForm<Values>({
    initialValues: {
      accountType: 'affiliate',
      firstName: '',
      lastName: '',
      email: '',
      password: '',
      organizationName: '',
    },
    validate: {
      email: flagUnless(isValidEmail),
      password: flagUnless(isNewPassword),
      firstName: flagUnless(isOptionalName),
      lastName: flagUnless(isOptionalName),
      organizationName: (value, values) =>
        values.accountType === 'advertiser' && !isOrganizationName(value) ? true : null,
    },
  });
  // A provider supplies the email and name; the account type (and an advertiser's organization) come from here.
  const providerSignUp = () => {
    const { accountType, organizationName } = form.values;
    if (accountType === 'advertiser' && form.validateField('organizationName').hasError) return null;
    return {
      accountType,
      organizationName: accountType === 'advertiser' ? organizationName.trim() : undefined,
      locale,
    };
  };
  const submit = form.onSubmit((values) => {
    const body = toBody(values);
    signUp.mutate(body, { onSuccess: () => onSignedUp(body.email) });
  });
  const error = signUp.error instanceof ApiError ? signUp.error : null;
  const known = error?.status === 409 ? t('signUp.taken') : error?.status === 429 ? t('common.tooMany') : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {known && <OutcomeAlert tone="error">{known}</OutcomeAlert>}
        {signUp.isError && !known && <ErrorState error={signUp.error} />}
        {!joinCode && !onPortal && (
          <Radio.Group label={t('signUp.accountType')} {...form.getInputProps('accountType')}>
            <Stack gap="xs" mt={6}>
              {ACCOUNT_TYPES.map((type) => (
                <Radio.Card key={type} value={type} radius="md" p="sm" data-testid={`account-type-${type}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600} size="sm">
                        {t(`signUp.${type}`)}
                      </Text>
                      <Text c="dimmed" size="sm">
                        {t(`signUp.${type}Hint`)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        {form.values.accountType === 'advertiser' && (
          <TextInput
            label={t('signUp.organization')}
            autoComplete="organization"
            required
            {...form.getInputProps('organizationName')}
            error={form.errors.organizationName ? t('signUp.organizationRequired') : undefined}
          />
        )}
        {!joinCode && !onPortal && !recruitCode && (
          <Suspense fallback={null}>
            <ProviderButtons signUp={providerSignUp} divider="after" />
          </Suspense>
        )}
        <NameInputs form={form} />
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
          error={form.errors.email ? t('fields.emailInvalid') : undefined}
        />
        <PasswordInput
          label={t('fields.password')}
          description={t('fields.passwordRules')}
          autoComplete="new-password"
          visibilityToggleButtonProps={{ 'aria-label': t('fields.togglePassword') }}
          required
          {...form.getInputProps('password')}
          error={form.errors.password ? t('fields.passwordTooShort') : undefined}
        />
        <Button type="submit" loading={signUp.isPending} fullWidth>
          {t('signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
