import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '@/features/access';
import { PublicCard } from '@/ui/public-card';
import { RouterAnchor } from '@/ui/router-anchor';

export const Route = createFileRoute('/_public/forgot-password')({
  component: ForgotPasswordPage,
});

function ForgotPasswordPage() {
  const { t } = useTranslation('access');
  return (
    <PublicCard title={t('forgot.title')} description={t('forgot.description')}>
      <ForgotPasswordForm />
      <RouterAnchor to="/login" size="sm" ta="center">
        {t('common.backToLogin')}
      </RouterAnchor>
    </PublicCard>
  );
}
