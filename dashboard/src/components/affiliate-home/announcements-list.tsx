import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { AffiliateHome } from '@/queries/affiliate-home';

/** News from the advertisers' programs, newest first; plain text with its line breaks. */
export function AnnouncementsList({ announcements }: { announcements: AffiliateHome['announcements'] }) {
  const { t, i18n } = useTranslation('home');
  if (announcements.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="announcements"
      data-testid="announcements"
    >
      <Title order={2} fz="h4" id="announcements" mb="sm">
        {t('announcements.title')}
      </Title>
      <Stack gap="md">
        {announcements.map((a) => (
          <article key={a.id}>
            <Text fw={700} size="sm">
              {a.title}
            </Text>
            <Text size="xs" c="dimmed">
              {[a.advertiserName, a.programName, formatDate(a.publishedAt, i18n.language)].filter(Boolean).join(' · ')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {a.body}
            </Text>
          </article>
        ))}
      </Stack>
    </Paper>
  );
}
