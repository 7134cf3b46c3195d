import { Button, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { flagUnless, isOptionalName, optionalText } from '@/lib/forms/account-rules';
import { useAcceptInvitation } from './queries/invitations';
import { meKeys } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';
import { RouterButton } from '@/ui/router-button';
import { NewPasswordInputs, newPasswordRules } from '@/features/access';
import { NameInputs } from '@/features/access';
import { OutcomeAlert } from '@/features/access';

type Values = { firstName: string; lastName: string; newPassword: string; confirmPassword: string };

type AcceptInvitationPanelProps = {
  token: string;
  /** The signed-in user's address, or null when nobody is signed in on this device. */
  signedInAs: string | null;
};

/**
 * Accepting is one click for an existing account (a team invitation joins the team, a program invitation
 * enrolls in the program). The API alone knows whether the invited address has one:
 * when it asks for a password (validation_failed), the panel turns into a small sign-up form.
 */
export function AcceptInvitationPanel({ token, signedInAs }: AcceptInvitationPanelProps) {
  const { t } = useTranslation('access');
  const { t: tInvites } = useTranslation('invites');
  const queryClient = useQueryClient();
  const accept = useAcceptInvitation();
  const toBody = (values: Values) => ({
    token,
    password: values.newPassword,
    firstName: optionalText(values.firstName),
    lastName: optionalText(values.lastName),
  });
  const form = useForm<Values>({
    initialValues: { firstName: '', lastName: '', newPassword: '', confirmPassword: '' },
    validate: { ...newPasswordRules, firstName: flagUnless(isOptionalName), lastName: flagUnless(isOptionalName) },
  });
  const error = accept.error instanceof ApiError ? accept.error : null;
  const needsAccount = error?.code === 'validation_failed' || (accept.isPending && accept.variables?.password);
  const onJoined = () => queryClient.invalidateQueries({ queryKey: meKeys.all });

  if (accept.isSuccess && accept.data.role === null)
    return (
      <Stack gap="md">
        <OutcomeAlert tone="success">
          {tInvites(
            signedInAs && !accept.data.accountCreated ? 'programInvitation.joinedSignedIn' : 'programInvitation.joined',
          )}
        </OutcomeAlert>
        <RouterButton to={signedInAs && !accept.data.accountCreated ? '/' : '/login'} fullWidth>
          {t(signedInAs && !accept.data.accountCreated ? 'invitation.openDashboard' : 'common.toLogin')}
        </RouterButton>
      </Stack>
    );
  if (accept.isSuccess) {
    const role = t(`invitation.roles.${accept.data.role ?? 'admin'}`);
    return (
      <Stack gap="md">
        <OutcomeAlert tone="success">
          {accept.data.accountCreated
            ? t('invitation.joinedCreated', { role })
            : `${t('invitation.joined', { role })} ${signedInAs ? '' : t('invitation.joinedSignedOut')}`}
        </OutcomeAlert>
        <RouterButton to={signedInAs && !accept.data.accountCreated ? '/' : '/login'} fullWidth>
          {t(signedInAs && !accept.data.accountCreated ? 'invitation.openDashboard' : 'common.toLogin')}
        </RouterButton>
      </Stack>
    );
  }
  const known =
    error?.code === 'already_enrolled'
      ? tInvites('programInvitation.alreadyEnrolled')
      : error?.code === 'bad_request'
        ? t('invitation.invalid')
        : error?.status === 409
          ? t('invitation.alreadyMember')
          : error?.status === 403
            ? t('invitation.suspended')
            : error?.status === 429
              ? t('common.tooMany')
              : null;
  const failure = known ? (
    <OutcomeAlert tone="error">{known}</OutcomeAlert>
  ) : (
    accept.isError && error?.code !== 'validation_failed' && <ErrorState error={accept.error} />
  );

  if (needsAccount)
    return (
      <form onSubmit={form.onSubmit((values) => accept.mutate(toBody(values), { onSuccess: onJoined }))} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h4">
            {t('invitation.createTitle')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('invitation.createDescription')}
          </Text>
          {failure}
          <NameInputs form={form} />
          <NewPasswordInputs form={form} />
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t('invitation.create')}
          </Button>
        </Stack>
      </form>
    );
  return (
    <Stack gap="md">
      <Text style={{ overflowWrap: 'anywhere' }}>
        {signedInAs ? t('invitation.signedIn', { email: signedInAs }) : t('invitation.signedOut')}
      </Text>
      {failure}
      <Button onClick={() => accept.mutate({ token }, { onSuccess: onJoined })} loading={accept.isPending} fullWidth>
        {t('invitation.accept')}
      </Button>
    </Stack>
  );
}
