import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/page-title';
import { RouterAnchor } from './router-anchor';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Container component="main" size={560} py={64}>
      <Stack gap="md">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.description')}</Text>
        <RouterAnchor to="/">{t('notFound.home')}</RouterAnchor>
      </Stack>
    </Container>
  );
}
