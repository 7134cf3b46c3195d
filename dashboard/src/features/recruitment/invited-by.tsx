import { useTranslation } from 'react-i18next';
import { useRecruitCodeInfo } from './queries/recruitment';
import { OutcomeAlert } from '@/features/access';

/** On the sign-up page: who invited the visitor, or that the invitation link does not work (sign-up still does). */
export function InvitedBy({ code }: { code: string }) {
  const { t } = useTranslation('recruit');
  const query = useRecruitCodeInfo(code);
  if (query.isPending) return null;
  if (query.isError)
    return (
      <OutcomeAlert tone="warning" testId="invited-by">
        {t('signUp.invalid')}
      </OutcomeAlert>
    );
  const name = query.data.referrerFirstName;
  return (
    <OutcomeAlert tone="success" testId="invited-by">
      {name ? t('signUp.invitedBy', { name }) : t('signUp.invitedAnonymous')}
    </OutcomeAlert>
  );
}
